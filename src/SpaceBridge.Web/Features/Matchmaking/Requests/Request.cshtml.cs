using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>Ask another participant for a meeting, with a message and optionally an opportunity.</summary>
[Authorize]
public sealed class RequestModel(AppDbContext db, MeetingRequestService service, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Choice(int Id, string Label);

    public Event Event { get; private set; } = null!;
    public Registration? Me { get; private set; }
    public Counterpart? Recipient { get; private set; }
    public List<Choice> Participants { get; private set; } = [];
    public List<Choice> Opportunities { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public int? To { get; set; }
    [BindProperty, StringLength(MeetingRequestService.MaxMessageLength)] public string? Message { get; set; }
    [BindProperty] public int? OpportunityId { get; set; }
    /// <summary>The requester's mark: meet (the default), must-meet or optional.</summary>
    [BindProperty] public MeetingMark Mark { get; set; }

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct) => await LoadAsync(eventId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int eventId, CancellationToken ct)
    {
        if (!await LoadAsync(eventId, ct)) return NotFound();
        if (Me is null) return this.NeedsRole(NeededRole.EventParticipant);
        if (To is null) ModelState.AddModelError(nameof(To), l["Meetings.Error.NoSuchParticipant"]);
        if (!ModelState.IsValid) return Page();
        try
        {
            await service.SendAsync(Me.Id, To!.Value, Message, OpportunityId, ct, Mark);
            return Redirect($"/events/{eventId}/meetings");
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var message in messages) ModelState.AddModelError(field switch { "to" => nameof(To), "mark" => nameof(Mark), _ => field }, message);
            }
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return false;
        Event = ev;
        Me = await MatchmakingParticipants.CurrentAsync(db, User, eventId, ct);
        if (Me is null) return true;
        var culture = CultureInfo.CurrentUICulture;
        if (To is { } to && (await Counterparts.DescribeAsync(db, [to], ct)).TryGetValue(to, out var recipient)
            && await db.Registrations.Approved(eventId).AnyAsync(r => r.Id == to, ct))
        {
            Recipient = recipient;
        }
        else
        {
            // Only people who agreed to appear in the directory can be picked from the list.
            var ids = await db.Registrations.AsNoTracking().Approved(eventId).Where(r => r.ConsentToDirectory && r.Id != Me.Id)
                .OrderBy(r => r.RomanizedName).Select(r => r.Id).Take(500).ToListAsync(ct);
            var people = await Counterparts.DescribeAsync(db, ids, ct);
            Participants = ids.Select(id => new Choice(id, people[id].Describe(culture))).ToList();
        }
        var opportunities = await db.Opportunities.AsNoTracking().Where(o => o.ForumId == ev.ForumId && o.IsOpen)
            .OrderByDescending(o => o.CreatedAtUtc).Take(100).Select(o => new { o.Id, o.Title }).ToListAsync(ct);
        Opportunities = opportunities.Select(o => new Choice(o.Id, o.Title.In(culture))).ToList();
        return true;
    }
}
