using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations.Delegations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Registrations.Review;

/// <summary>
/// The review queue of an event: filters, delegations as units in protocol order, bulk decisions on the
/// checked registrations (each carrying the version shown, so a stale page changes nothing), protocol ranks.
/// </summary>
[Authorize]
public sealed class RegistrationsModel(AppDbContext db, ForumAccess access, ReviewQueue queue, Registrar registrar, DelegationRegistry delegations,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Event Event { get; private set; } = null!;
    public List<QueueGroup> Groups { get; private set; } = [];
    public List<SelectListItem> Countries { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public RegistrationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public ParticipantType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public int? Delegation { get; set; }
    public int ApprovedCount { get; private set; }
    [TempData] public string? Message { get; set; }
    /// <summary>What a refused review post had ticked and typed, shown again so nothing has to be redone.</summary>
    public IReadOnlySet<int> Selected { get; private set; } = new HashSet<int>();
    public string? Reason { get; private set; }

    /// <summary>The model-state key (and id) of a row's protocol rank box.</summary>
    public static string RankKey(int registrationId) => $"rank-value-{registrationId}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await GateAsync(id) ?? await ShowAsync(id, ct);

    /// <summary>
    /// Bulk decision: "selected" holds the checked ids, "v{id}" the version each row showed. A post without a decision
    /// (Enter pressed in the reason box reaches the form's hidden default button) changes nothing.
    /// </summary>
    public async Task<IActionResult> OnPostReviewAsync(int id, ReviewDecision? decision, int[] selected, string? reason, CancellationToken ct)
    {
        if (await GateAsync(id) is { } refused) return refused;
        Selected = selected.ToHashSet();
        Reason = reason;
        if (decision is not { } chosen || !Enum.IsDefined(chosen))
        {
            ModelState.Remove(nameof(decision));
            ModelState.AddModelError("", l["Review.Error.NoDecision", l["Review.Approve"], l["Review.Waitlist"], l["Review.Reject"]]);
            return await ShowAsync(id, ct);
        }
        var items = selected.Distinct()
            .Select(r => new ReviewItem(r, int.TryParse(Request.Form[$"v{r}"], out var v) ? v : -1)).ToList();
        try
        {
            var result = await registrar.ReviewAsync(id, chosen, items, reason, User, ct);
            if (result.IsStale)
            {
                ModelState.AddModelError("", l["Review.Error.Stale", result.StaleIds.Count]);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await ShowAsync(id, ct);
            }
            Message = l["Review.Done", result.Changes.Count];
            return RedirectToPage(new { id, Status, Type, Country, Delegation });
        }
        catch (DomainValidationException ex)
        {
            AddErrors(ex, field => field == "Reason" ? "reason" : "");
            return await ShowAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostRankAsync(int id, int registrationId, int? rank, CancellationToken ct)
    {
        if (await GateAsync(id) is { } refused) return refused;
        try
        {
            await delegations.SetRankAsync(id, registrationId, rank, User, ct);
            return RedirectToPage(new { id, Status, Type, Country, Delegation });
        }
        catch (DomainValidationException ex)
        {
            AddErrors(ex, _ => RankKey(registrationId));
            return await ShowAsync(id, ct);
        }
    }

    private void AddErrors(DomainValidationException ex, Func<string, string> keyOf)
    {
        foreach (var (field, messages) in ex.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(keyOf(field), message);
            }
        }
    }

    private async Task<IActionResult?> GateAsync(int id)
    {
        if (await access.ForumOfEventAsync(id) is null) return NotFound();
        return await access.IsEventOrganizerAsync(User, id) ? null : this.NeedsRole(NeededRole.EventOrganizer);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        Event = await db.Events.AsNoTracking().FirstAsync(e => e.Id == id, ct);
        Groups = await queue.GroupsAsync(id, new RegistrationFilter(Status, Type, Country, Delegation), ct);
        Countries = await FormOptions.CountriesAsync(db, ct);
        ApprovedCount = await SeatAllocation.ApprovedCountAsync(db, id, ct);
        return Page();
    }
}
