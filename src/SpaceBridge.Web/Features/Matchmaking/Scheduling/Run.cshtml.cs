using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// One schedule run: its progress while it runs (state in the database, so a reload or another node shows the same),
/// then the review: statistics, the proposal by slot and table, unscheduled requests and moves; publish, move one
/// meeting, lock or unlock a meeting at its slot and table, or re-run as a repair.
/// </summary>
[Authorize]
public sealed class RunModel(AppDbContext db, ForumAccess access, SchedulePublisher publisher, MeetingMover mover, ScheduleRuns runs,
    MeetingNotifications notifications, MeetingLocker locker, IStringLocalizer<SharedResource> l) : PageModel
{
    public Event Event { get; private set; } = null!;
    public ScheduleRun Run { get; private set; } = null!;
    public ScheduleProposal? Proposal { get; private set; }
    public List<MeetingSlot> Slots { get; private set; } = [];
    public List<MeetingLocation> Locations { get; private set; } = [];
    public Dictionary<int, string> RequestLabels { get; private set; } = [];
    /// <summary>Requests of the proposal that either side marked must-meet.</summary>
    public HashSet<int> MustMeet { get; private set; } = [];
    /// <summary>The event's locks by request.</summary>
    public Dictionary<int, MeetingLock> Locks { get; private set; } = [];

    /// <summary>Whether meetings of this run can be locked and unlocked here (a finished or published run).</summary>
    public bool CanLock => Run.Status is ScheduleRunStatus.Succeeded or ScheduleRunStatus.Published && Proposal is not null;

    public string LockProblemText(LockProblem problem) => problem.Kind switch
    {
        LockProblemKind.ParticipantUnavailable => l["Matchmaking.Lock.Problem.Unavailable", problem.Participant ?? "?"],
        LockProblemKind.RequestGone => l["Matchmaking.Lock.Problem.RequestGone"],
        _ => l["Matchmaking.Lock.Problem.Clash"],
    };
    [TempData] public string? Message { get; set; }
    /// <summary>What publishing this run would change against the published schedule (null when none is published).</summary>
    public ScheduleDiff? Changes { get; private set; }
    /// <summary>The published run when it is newer than this one.</summary>
    public int? NewerPublishedRunId { get; private set; }
    /// <summary>A publish was refused because it drops or moves meetings of a newer published run: show the confirm step.</summary>
    public bool ConfirmationNeeded { get; private set; }

    public bool IsFinished => Run.Status is not (ScheduleRunStatus.Queued or ScheduleRunStatus.Running);

    public string SlotLabel(int? slotId) => slotId is { } id && Slots.FirstOrDefault(s => s.Id == id) is { } slot
        ? Event.ToLocal(slot.StartsAtUtc).ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        : "–";

    public string LocationLabel(int? locationId) =>
        locationId is { } id && Locations.FirstOrDefault(x => x.Id == id) is { } location ? MeetingLocationLabel.Of(l, location) : "–";

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>An interpreter pair ("ko-en") in the reader's language, or a dash when the meeting needs none.</summary>
    public string InterpreterLabel(string? pair) => pair?.Split('-') is [var a, var b]
        ? $"{l[Registrations.MeetingLanguageCodes.NameKey(a)]} – {l[Registrations.MeetingLanguageCodes.NameKey(b)]}"
        : "–";

    public string RequestLabel(int requestId) => RequestLabels.GetValueOrDefault(requestId) ?? $"#{requestId}";

    public async Task<IActionResult> OnGetAsync(int eventId, int runId, CancellationToken ct) =>
        await GateAsync(eventId) ?? await ShowAsync(eventId, runId, ct);

    public async Task<IActionResult> OnPostPublishAsync(int eventId, int runId, bool confirm, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        try
        {
            var result = await publisher.PublishAsync(eventId, runId, User, confirm, ct);
            await notifications.NotifyPublishedAsync(eventId, result.Changes, ct);
            Message = l["Matchmaking.Review.Published", result.Meetings];
            return RedirectToPage(new { eventId, runId });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (PublishNeedsConfirmationException)
        {
            ConfirmationNeeded = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (DomainValidationException ex)
        {
            AddErrors("Publish", ex);
        }
        catch (ScheduleChangedException)
        {
            ModelState.AddModelError("Publish", l["Matchmaking.Review.ChangedMeanwhile"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return await ShowAsync(eventId, runId, ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(int eventId, int runId, int requestId, int slotId, int locationId, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        try
        {
            await mover.MoveAsync(eventId, runId, requestId, slotId, locationId, User, ct);
            Message = l["Matchmaking.Review.Moved"];
            return RedirectToPage(new { eventId, runId });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainValidationException ex)
        {
            AddErrors("Move", ex);
        }
        catch (ScheduleChangedException)
        {
            ModelState.AddModelError("Move", l["Matchmaking.Review.ChangedMeanwhile"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return await ShowAsync(eventId, runId, ct);
    }

    public async Task<IActionResult> OnPostLockAsync(int eventId, int runId, int requestId, int slotId, int locationId, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        return await LockActionAsync(eventId, runId, async () =>
        {
            await locker.LockAsync(eventId, runId, requestId, slotId, locationId, User, ct);
            Message = l["Matchmaking.Lock.Locked"];
        }, ct);
    }

    public async Task<IActionResult> OnPostUnlockAsync(int eventId, int runId, int requestId, int version, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        return await LockActionAsync(eventId, runId, async () =>
        {
            await locker.UnlockAsync(eventId, requestId, VersionCheck.Exactly(version), User, ct);
            Message = l["Matchmaking.Lock.Unlocked"];
        }, ct);
    }

    private async Task<IActionResult> LockActionAsync(int eventId, int runId, Func<Task> act, CancellationToken ct)
    {
        try
        {
            await act();
            return RedirectToPage(new { eventId, runId });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (MeetingLockRefused ex)
        {
            ModelState.AddModelError("Lock", ex.Message);
            Response.StatusCode = ex.StatusCode;
        }
        catch (StaleVersionRefusal)
        {
            ModelState.AddModelError("Lock", l["Matchmaking.Lock.Stale"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return await ShowAsync(eventId, runId, ct);
    }

    public async Task<IActionResult> OnPostRepairAsync(int eventId, int runId, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        try
        {
            var run = await runs.QueueAsync(eventId, ScheduleRunKind.Repair, null, User, ct);
            return RedirectToPage(new { eventId, runId = run.Id });
        }
        catch (DomainValidationException ex)
        {
            AddErrors("Repair", ex);
            return await ShowAsync(eventId, runId, ct);
        }
    }

    private void AddErrors(string field, DomainValidationException ex)
    {
        foreach (var message in ex.Errors.SelectMany(e => e.Value))
        {
            ModelState.AddModelError(field, message);
        }
    }

    private async Task<IActionResult?> GateAsync(int eventId)
    {
        if (await access.ForumOfEventAsync(eventId) is null) return NotFound();
        return await access.IsEventOrganizerAsync(User, eventId) ? null : this.NeedsRole(NeededRole.EventOrganizer);
    }

    private async Task<IActionResult> ShowAsync(int eventId, int runId, CancellationToken ct)
    {
        var run = await db.ScheduleRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.EventId == eventId, ct);
        if (run is null) return NotFound();
        Run = run;
        Event = await db.Events.AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
        Proposal = ScheduleProposal.FromJson(run.ResultJson);
        Slots = await db.MeetingSlots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Index).ToListAsync(ct);
        Locations = await db.MeetingLocations.AsNoTracking().Where(x => x.EventId == eventId).OrderBy(x => x.Kind).ThenBy(x => x.Id).ToListAsync(ct);
        if (Proposal is not null && run.Status == ScheduleRunStatus.Succeeded)
        {
            Changes = await publisher.CompareWithPublishedAsync(eventId, Proposal.Meetings, ct);
            NewerPublishedRunId = await publisher.NewerPublishedRunAsync(run, ct);
        }
        Locks = (await locker.ForEventAsync(eventId, ct)).ToDictionary(x => x.MeetingRequestId);
        if (Proposal is not null)
        {
            var ids = Proposal.Meetings.Select(m => m.RequestId).Concat(Proposal.Unscheduled.Select(u => u.RequestId))
                .Concat(Proposal.Moves.Select(m => m.RequestId)).Concat(Changes?.Dropped.Select(m => m.RequestId) ?? [])
                .Concat(Locks.Keys).Distinct().ToList();
            var requests = await db.MeetingRequests.AsNoTracking().Where(r => ids.Contains(r.Id))
                .Select(r => new
                {
                    r.Id, From = r.From.RomanizedName, FromOrg = r.From.OrganizationName, To = r.To.RomanizedName, ToOrg = r.To.OrganizationName,
                    MustMeet = r.FromMark == Requests.MeetingMark.MustMeet || r.ToMark == Requests.MeetingMark.MustMeet,
                })
                .ToListAsync(ct);
            RequestLabels = requests.ToDictionary(r => r.Id, r => $"{r.From} ({r.FromOrg}) – {r.To} ({r.ToOrg})");
            MustMeet = [.. requests.Where(r => r.MustMeet).Select(r => r.Id)];
        }
        return Page();
    }
}
