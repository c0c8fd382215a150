using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>The public page of an adopted statement: both languages side by side.</summary>
public sealed class DetailsModel(StatementPublication publication) : PageModel
{
    public StatementPublication.Published Published { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var p = await publication.FindAsync(id, ct);
        if (p is null)
        {
            return NotFound();
        }
        Published = p;
        return Page();
    }

    public string? OrganizationName(int? id, string language)
    {
        var o = Published.Organizations.FirstOrDefault(x => x.Id == id);
        return o is null ? null : language == "ko" ? o.Name.Ko ?? o.Name.En : o.Name.En ?? o.Name.Ko;
    }
}
