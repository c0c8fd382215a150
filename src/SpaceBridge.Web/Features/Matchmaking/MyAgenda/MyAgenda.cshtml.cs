using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Security;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

/// <summary>The personal agenda: sessions (those one speaks at marked) and published meetings, with the secret feed link.</summary>
[Authorize]
public sealed class MyAgendaModel(PersonalAgenda agenda, AgendaFeeds feeds, PublicOrigins origins) : PageModel
{
    public Event Event { get; private set; } = null!;
    public Registration? Me { get; private set; }
    public PersonalAgendaData? Agenda { get; private set; }
    public string? FeedUrl { get; private set; }
    private AgendaOwner? _owner;
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct)
    {
        if (!await LoadAsync(eventId, ct)) return NotFound();
        if (_owner is not null)
        {
            Agenda = await agenda.ForAsync(_owner, ct);
            FeedUrl = FeedLink(await feeds.TokenForAsync(_owner.Registration.Id, ct));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostResetFeedAsync(int eventId, CancellationToken ct)
    {
        if (!await LoadAsync(eventId, ct)) return NotFound();
        if (Me is null) return this.NeedsRole(NeededRole.EventParticipant);
        await feeds.ResetAsync(Me.Id, ct);
        return RedirectToPage(new { eventId });
    }

    private string FeedLink(string token) => origins.Link($"/feeds/agenda/{token}.ics");

    private async Task<bool> LoadAsync(int eventId, CancellationToken ct)
    {
        var ev = await agenda.EventAsync(eventId, ct);
        if (ev is null) return false;
        Event = ev;
        _owner = await agenda.OwnerAsync(User, eventId, ct);
        Me = _owner?.Registration;
        return true;
    }
}
