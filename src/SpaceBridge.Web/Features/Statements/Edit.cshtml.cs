using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// The drafting room of one statement: clauses side by side in English and Korean, comments, place, date and
/// signatories, approvers and approvals, versions. For organizers of the statement's forum.
/// </summary>
[Authorize(Policy = Policies.ForumOrganizer)]
public sealed class EditModel(AppDbContext db, StatementReader reader, StatementDrafting drafting, IStringLocalizer<SharedResource> l) : PageModel
{
    public JointStatement Statement { get; private set; } = null!;
    public StatementVersion Current { get; private set; } = null!;
    public List<Organization> CoHosts { get; private set; } = [];
    public List<Organization> Organizations { get; private set; } = [];
    public HashSet<int> MyApproverFor { get; private set; } = [];
    public StaleClauseSave? Stale { get; private set; }
    public string? Message { get; private set; }
    /// <summary>What the editor typed into a clause form that was refused, to show it again.</summary>
    public Dictionary<int, ClauseText> Typed { get; } = [];
    public int ForumId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, int statementId, string? done, CancellationToken ct)
    {
        Message = done is null || done.Length > 20 ? null : l[$"Statement.Done.{done}"].Value;
        return await LoadAsync(forumId, statementId, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSaveClauseAsync(int forumId, int statementId, int clauseId, int revision, ClauseKind kind, string? en, string? ko,
        int? owner, DateOnly? due, CancellationToken ct) =>
        ActAsync(forumId, statementId, clauseId, new ClauseText(kind, en, ko, owner, due), "saved",
            () => drafting.SaveClauseAsync(statementId, clauseId, revision, new ClauseText(kind, en, ko, owner, due), User, ct), ct);

    public Task<IActionResult> OnPostAddClauseAsync(int forumId, int statementId, ClauseKind kind, string? en, string? ko, int? owner, DateOnly? due,
        CancellationToken ct) =>
        ActAsync(forumId, statementId, 0, new ClauseText(kind, en, ko, owner, due), "added",
            () => drafting.AddClauseAsync(statementId, new ClauseText(kind, en, ko, owner, due), User, ct), ct);

    public Task<IActionResult> OnPostDeleteClauseAsync(int forumId, int statementId, int clauseId, int revision, CancellationToken ct) =>
        ActAsync(forumId, statementId, clauseId, null, "deleted", () => drafting.DeleteClauseAsync(statementId, clauseId, revision, User, ct), ct);

    public Task<IActionResult> OnPostMoveAsync(int forumId, int statementId, int clauseId, int direction, CancellationToken ct) =>
        ActAsync(forumId, statementId, clauseId, null, "moved", () => drafting.MoveClauseAsync(statementId, clauseId, direction, User, ct), ct);

    public Task<IActionResult> OnPostCommentAsync(int forumId, int statementId, int clauseId, string? comment, CancellationToken ct) =>
        ActAsync(forumId, statementId, clauseId, null, "commented", () => drafting.CommentAsync(statementId, clauseId, comment, User, ct), ct);

    public Task<IActionResult> OnPostDetailsAsync(int forumId, int statementId, int revision, string? titleEn, string? titleKo, string? placeEn,
        string? placeKo, DateOnly? date, List<SignatoryForm>? signatories, CancellationToken ct)
    {
        var details = new AdoptionDetails(new BilingualText(titleEn, titleKo), new BilingualText(placeEn, placeKo), date,
            (signatories ?? []).Select(s => new SignatoryInput(s.OrganizationId, new BilingualText(s.NameEn, s.NameKo), new BilingualText(s.TitleEn, s.TitleKo))).ToList());
        return ActAsync(forumId, statementId, -1, null, "details", () => drafting.SetAdoptionDetailsAsync(statementId, revision, details, User, ct), ct);
    }

    public Task<IActionResult> OnPostDesignateAsync(int forumId, int statementId, int organizationId, string? email, CancellationToken ct) =>
        ActAsync(forumId, statementId, -2, null, "designated", () => drafting.DesignateApproverAsync(statementId, organizationId, email, User, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(int forumId, int statementId, int organizationId, int version, string? hash, CancellationToken ct) =>
        ActAsync(forumId, statementId, -3, null, "approved", () => drafting.ApproveAsync(statementId, organizationId, version, hash, User, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(int forumId, int statementId, int organizationId, CancellationToken ct) =>
        ActAsync(forumId, statementId, -3, null, "withdrawn", () => drafting.WithdrawAsync(statementId, organizationId, User, ct), ct);

    /// <summary>Field keys of a clause form, so messages sit beside the right textarea.</summary>
    public static string Key(int clauseId, string field) => $"clause{clauseId}.{field}";

    private async Task<IActionResult> ActAsync(int forumId, int statementId, int formId, ClauseText? typed, string done, Func<Task> action, CancellationToken ct)
    {
        if (!await db.Set<JointStatement>().AnyAsync(s => s.Id == statementId && s.ForumId == forumId, ct))
        {
            return NotFound();
        }
        try
        {
            await action();
            return Redirect($"/forums/{forumId}/statements/{statementId}/edit?done={done}#{(formId > 0 ? $"clause-{formId}" : "top")}");
        }
        catch (StaleClauseSave stale)
        {
            Stale = stale;
            ModelState.AddModelError(Key(stale.ClauseId, "En"), l["Statement.Refused.stale-clause"]);
        }
        catch (StatementRefusal refusal)
        {
            ModelState.AddModelError(formId > 0 ? Key(formId, "En") : "", l[$"Statement.Refused.{refusal.Code}"]);
        }
        catch (DomainValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(formId >= 0 ? Key(formId, FieldOf(field)) : "", message);
                }
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Statement.Refused.stale-statement"]);
        }
        if (typed is not null)
        {
            Typed[formId] = typed;
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(forumId, statementId, ct) ? Page() : NotFound();
    }

    private static string FieldOf(string field) => field switch
    {
        "Text.En" => "En",
        "Text.Ko" => "Ko",
        _ => field,
    };

    private async Task<bool> LoadAsync(int forumId, int statementId, CancellationToken ct)
    {
        ForumId = forumId;
        var statement = await reader.FindAsync(statementId, User, ct);
        if (statement is null || statement.ForumId != forumId)
        {
            return false;
        }
        Statement = statement;
        Current = statement.Versions.Single(v => v.Number == statement.CurrentVersion);
        var coHostIds = await drafting.CoHostsAsync(statement, ct);
        CoHosts = await db.Organizations.AsNoTracking().Where(o => coHostIds.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync(ct);
        var hostIds = await db.EventHosts.Where(h => h.Event.ForumId == forumId).Select(h => h.OrganizationId).Distinct().ToListAsync(ct);
        Organizations = await db.Organizations.AsNoTracking().Where(o => hostIds.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync(ct);
        var userId = ForumAccess.UserId(User);
        MyApproverFor = statement.Approvers.Where(a => a.UserId == userId).Select(a => a.OrganizationId).ToHashSet();
        return true;
    }
}

public sealed class SignatoryForm
{
    public int? OrganizationId { get; set; }
    public string? NameEn { get; set; }
    public string? NameKo { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleKo { get; set; }
}
