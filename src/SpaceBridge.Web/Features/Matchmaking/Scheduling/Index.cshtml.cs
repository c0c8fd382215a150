using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>An event's matchmaking settings (slots, blocks, tables, request window and quota) and its schedule runs.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, ForumAccess access, MatchmakingSettingsEditor editor, ScheduleRuns runs,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Event Event { get; private set; } = null!;
    [BindProperty] public SettingsForm Input { get; set; } = new();
    public List<ScheduleRun> Runs { get; private set; } = [];
    public int SlotCount { get; private set; }
    public int BoothCount { get; private set; }
    public int AcceptedRequests { get; private set; }
    public int PublishedMeetings { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
        var tables = await db.MeetingLocations.CountAsync(x => x.EventId == eventId && x.Kind == MeetingLocationKind.Table, ct);
        Input = SettingsForm.From(await editor.FindAsync(eventId, ct), tables == 0 ? 10 : tables, ev);
        return await ShowAsync(eventId, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(int eventId, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        if (!ModelState.IsValid) return await ShowAsync(eventId, ct);
        try
        {
            var saved = await editor.SaveAsync(eventId, Input.ToInput(), User, ct);
            Message = l["Matchmaking.Settings.Saved", saved.SlotCount, saved.TableCount, saved.BoothCount];
            return RedirectToPage(new { eventId });
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                // The editor names the window's fields after its input (RequestsOpenLocal); the form calls them RequestsOpen.
                var key = $"{nameof(Input)}.{(field.EndsWith("Local", StringComparison.Ordinal) ? field[..^"Local".Length] : field)}";
                foreach (var message in messages)
                {
                    ModelState.AddModelError(key, message);
                }
            }
            return await ShowAsync(eventId, ct);
        }
    }

    /// <summary>Queues a run of the kind whose button was pressed; Enter in the time limit box presses none and starts nothing.</summary>
    public async Task<IActionResult> OnPostRunAsync(int eventId, ScheduleRunKind? kind, int? timeLimitSeconds, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        if (kind is not { } chosen || !Enum.IsDefined(chosen))
        {
            ModelState.Remove(nameof(kind));
            ModelState.AddModelError("Run", l["Matchmaking.Runs.NoKind", l["Matchmaking.Runs.StartFull"]]);
            return await ShowAsync(eventId, ct);
        }
        try
        {
            var run = await runs.QueueAsync(eventId, chosen, timeLimitSeconds, User, ct);
            return RedirectToPage("Run", new { eventId, runId = run.Id });
        }
        catch (DomainValidationException ex)
        {
            foreach (var message in ex.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError("Run", message);
            }
            return await ShowAsync(eventId, ct);
        }
    }

    private async Task<IActionResult?> GateAsync(int eventId)
    {
        if (await access.ForumOfEventAsync(eventId) is null) return NotFound();
        return await access.IsEventOrganizerAsync(User, eventId) ? null : this.NeedsRole(NeededRole.EventOrganizer);
    }

    private async Task<IActionResult> ShowAsync(int eventId, CancellationToken ct)
    {
        Event = await db.Events.AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
        Runs = await db.ScheduleRuns.AsNoTracking().Where(r => r.EventId == eventId).OrderByDescending(r => r.Id).Take(10).ToListAsync(ct);
        SlotCount = await db.MeetingSlots.CountAsync(s => s.EventId == eventId, ct);
        BoothCount = await db.MeetingLocations.CountAsync(x => x.EventId == eventId && x.Kind == MeetingLocationKind.Booth, ct);
        AcceptedRequests = await db.MeetingRequests.CountAsync(r => r.EventId == eventId && r.Status == MeetingRequestStatus.Accepted, ct);
        PublishedMeetings = await db.ScheduledMeetings.CountAsync(m => m.EventId == eventId && m.IsPublished, ct);
        return Page();
    }
}
