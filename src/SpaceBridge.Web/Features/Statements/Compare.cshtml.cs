using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>Two versions of a statement compared clause by clause, in both languages.</summary>
[Authorize(Policy = Policies.ForumOrganizer)]
public sealed class CompareModel(StatementReader reader) : PageModel
{
    public JointStatement Statement { get; private set; } = null!;
    public int From { get; private set; }
    public int To { get; private set; }
    public StatementComparison Comparison { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int forumId, int statementId, int? from, int? to, CancellationToken ct)
    {
        var statement = await reader.FindAsync(statementId, User, ct);
        if (statement is null || statement.ForumId != forumId)
        {
            return NotFound();
        }
        Statement = statement;
        To = to ?? statement.CurrentVersion;
        From = from ?? Math.Max(1, To - 1);
        if (statement.Versions.All(v => v.Number != From) || statement.Versions.All(v => v.Number != To))
        {
            return NotFound();
        }
        Comparison = StatementComparison.Between(StatementReader.ContentOf(statement, From), StatementReader.ContentOf(statement, To));
        return Page();
    }
}
