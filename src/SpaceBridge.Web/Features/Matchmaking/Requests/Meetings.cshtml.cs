using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>My meetings: incoming requests (accept, decline), outgoing ones (cancel), and the published meetings.</summary>
[Authorize]
public sealed class MeetingsModel(AppDbContext db, MeetingRequestService service, PersonalAgenda agenda, IStringLocalizer<SharedResource> l) : PageModel
{
    public Event Event { get; private set; } = null!;
    public Registration? Me { get; private set; }
    public List<MeetingRequestView> Requests { get; private set; } = [];
    public List<AgendaMeeting> Scheduled { get; private set; } = [];
    [TempData] public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct)
    {
        if (!await LoadAsync(eventId, ct)) return NotFound();
        // A refused accept, decline or cancel comes back here after the redirect: the page's error summary says why.
        if (Notice is not null)
        {
            ModelState.AddModelError("", Notice);
        }
        if (Me is not null)
        {
            await service.ExpireDueAsync(ct);
            Requests = await MeetingRequestViews.ForParticipantAsync(db, Me.Id, ct);
            Scheduled = (await agenda.ForAsync(Me, ct)).Meetings;
        }
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(int eventId, int requestId, int version, MeetingMark mark, CancellationToken ct) =>
        ActAsync(eventId, me => ModelState.IsValid
            ? service.AcceptAsync(requestId, me, version, ct, mark)
            : throw new DomainValidationException("mark", l["Meetings.Mark.Unknown"]));

    public Task<IActionResult> OnPostDeclineAsync(int eventId, int requestId, int version, string? reason, CancellationToken ct) =>
        ActAsync(eventId, me => service.DeclineAsync(requestId, me, reason, version, ct));

    public Task<IActionResult> OnPostCancelAsync(int eventId, int requestId, int version, CancellationToken ct) =>
        ActAsync(eventId, me => service.CancelAsync(requestId, me, version, ct));

    private async Task<IActionResult> ActAsync(int eventId, Func<int, Task> act)
    {
        if (!await LoadAsync(eventId, HttpContext.RequestAborted)) return NotFound();
        if (Me is null) return this.NeedsRole(NeededRole.EventParticipant);
        try
        {
            await act(Me.Id);
        }
        catch (MeetingRequestRefused ex)
        {
            Notice = ex.Message;
        }
        catch (DomainValidationException ex)
        {
            Notice = ex.Message;
        }
        return RedirectToPage(new { eventId });
    }

    private async Task<bool> LoadAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return false;
        Event = ev;
        Me = await MatchmakingParticipants.CurrentAsync(db, User, eventId, ct);
        return true;
    }
}
