using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Feedback;

/// <summary>Feedback on one meeting, by one of its two participants. Anyone else finds no such page.</summary>
[Authorize]
public sealed class FeedbackModel(AppDbContext db, MeetingFeedbackService feedback) : PageModel
{
    public Event Event { get; private set; } = null!;
    public ScheduledMeeting Meeting { get; private set; } = null!;
    public bool Saved { get; private set; }
    /// <summary>The other participant's organization, for the link that turns the meeting into an initiative.</summary>
    public string OtherParty { get; private set; } = "";
    [BindProperty] public bool TookPlace { get; set; } = true;
    [BindProperty] public MeetingOutcome? Outcome { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int eventId, int meetingId, bool saved, CancellationToken ct)
    {
        if (await FindAsync(eventId, meetingId, ct) is not { } participant) return NotFound();
        if (await feedback.OwnAsync(meetingId, participant.Id, ct) is { } own)
        {
            (TookPlace, Outcome, Comment) = (own.TookPlace, own.Outcome, own.Comment);
        }
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int eventId, int meetingId, CancellationToken ct)
    {
        if (await FindAsync(eventId, meetingId, ct) is not { } participant) return NotFound();
        try
        {
            await feedback.SaveAsync(Meeting, participant, new FeedbackInput(TookPlace, Outcome, Comment), ct);
            return RedirectToPage(new { eventId, meetingId, saved = true });
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var message in messages) ModelState.AddModelError(field, message);
            }
            return Page();
        }
    }

    private async Task<Registration?> FindAsync(int eventId, int meetingId, CancellationToken ct)
    {
        var found = await feedback.FindAsync(meetingId, ForumAccess.UserId(User), ct);
        if (found is not { } f || f.Meeting.EventId != eventId) return null;
        Meeting = f.Meeting;
        Event = await db.Events.AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
        var otherId = f.Meeting.MeetingRequest.FromRegistrationId == f.Participant.Id ? f.Meeting.MeetingRequest.ToRegistrationId : f.Meeting.MeetingRequest.FromRegistrationId;
        OtherParty = await db.Registrations.Where(r => r.Id == otherId).Select(r => r.OrganizationName).FirstOrDefaultAsync(ct) ?? "";
        return f.Participant;
    }
}
