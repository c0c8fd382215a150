using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>The public page of an adopted statement: both languages side by side.</summary>
public sealed class DetailsModel(StatementPublication publication, InitiativeService initiatives, CommitmentInitiatives commitments, AppDbContext db) : PageModel
{
    public StatementPublication.Published Published { get; private set; } = null!;
    /// <summary>The initiative following up each commitment (by clause number), where the reader may see it.</summary>
    public IReadOnlyDictionary<int, CommitmentLink> FollowUps { get; private set; } = new Dictionary<int, CommitmentLink>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var p = await publication.FindAsync(id, ct);
        if (p is null)
        {
            return NotFound();
        }
        Published = p;
        var clauses = await db.Set<Clause>().AsNoTracking().Where(c => c.StatementId == id && c.Kind == ClauseKind.Commitment)
            .Select(c => new { c.Id, c.Number }).ToListAsync(ct);
        if (clauses.Count > 0)
        {
            var visible = await initiatives.VisibleAsync(User, p.Statement.ForumId, ct);
            var links = await commitments.LinksOf(visible, clauses.Select(c => c.Id).ToList()).ToListAsync(ct);
            FollowUps = links.Join(clauses, l => l.ClauseId, c => c.Id, (l, c) => (c.Number, Link: l)).ToDictionary(x => x.Number, x => x.Link);
        }
        return Page();
    }

    public string? OrganizationName(int? id, string language)
    {
        var o = Published.Organizations.FirstOrDefault(x => x.Id == id);
        return o is null ? null : language == "ko" ? o.Name.Ko ?? o.Name.En : o.Name.En ?? o.Name.Ko;
    }
}
