using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>One initiative: its fields, parties, origins and timeline; members of its parties update it here.</summary>
public sealed class DetailsModel(InitiativeService initiatives, AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public Initiative Initiative { get; private set; } = null!;
    public bool IsMember { get; private set; }
    public bool Saved { get; private set; }
    /// <summary>The statement clause behind each commitment origin (by clause id), for the link to the adopted statement.</summary>
    public IReadOnlyDictionary<int, CommitmentSource> Commitments { get; private set; } = new Dictionary<int, CommitmentSource>();
    [BindProperty] public InitiativeForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int forumId, int id, bool saved, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, id, ct)) return NotFound();
        Input = InitiativeForm.From(Initiative);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int forumId, int id, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, id, ct)) return NotFound();
        if (!IsMember) return StatusCode(StatusCodes.Status403Forbidden);
        if (!ModelState.IsValid) return Page();
        try
        {
            await initiatives.UpdateAsync(User, forumId, id, Input.ToFields(), VersionCheck.Exactly(Input.Version), ct);
            return Redirect($"/forums/{forumId}/initiatives/{id}?saved=true");
        }
        catch (DomainValidationException ex)
        {
            InitiativeForm.AddErrors(ModelState, nameof(Input), ex);
        }
        catch (InitiativeRefused ex) when (ex.StatusCode == StatusCodes.Status412PreconditionFailed)
        {
            await LoadAsync(forumId, id, ct);
            ModelState.Clear();
            Input = InitiativeForm.From(Initiative);
            ModelState.AddModelError("", l["Initiative.Error.Changed"]);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int forumId, int id, CancellationToken ct)
    {
        try
        {
            Initiative = await initiatives.GetAsync(User, forumId, id, ct);
        }
        catch (InitiativeRefused)
        {
            return false;
        }
        IsMember = await initiatives.IsMemberAsync(User, Initiative, ct);
        var clauseIds = Initiative.Origins.Where(o => o.Kind == InitiativeOriginKind.StatementCommitment && o.ReferenceId != null)
            .Select(o => o.ReferenceId!.Value).ToList();
        if (clauseIds.Count > 0)
        {
            Commitments = await db.Set<Clause>().AsNoTracking().Where(c => clauseIds.Contains(c.Id))
                .Select(c => new CommitmentSource(c.Id, c.StatementId, c.Number, c.Statement.Title, c.Statement.Status == StatementStatus.Adopted))
                .ToDictionaryAsync(c => c.ClauseId, ct);
        }
        return true;
    }
}

/// <summary>The clause of a joint statement an initiative follows up.</summary>
public sealed record CommitmentSource(int ClauseId, int StatementId, int Number, BilingualText StatementTitle, bool Adopted);
