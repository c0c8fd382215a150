using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>Registration is refused because the event's registration window is not open (409).</summary>
public sealed class RegistrationWindowRefusal(Event ev, RegistrationWindowState state)
    : Exception(state == RegistrationWindowState.NotYetOpen ? "Registration has not opened yet." : "Registration has closed."), IDomainRefusal
{
    public RegistrationWindowState State { get; } = state;

    public int StatusCode => StatusCodes.Status409Conflict;

    public string Title => State == RegistrationWindowState.NotYetOpen ? "Registration has not opened yet." : "Registration has closed.";

    public string Detail => State == RegistrationWindowState.NotYetOpen
        ? $"Registration for this event opens at {ev.ToLocal(ev.RegistrationOpensAtUtc!.Value):yyyy-MM-dd HH:mm zzz} ({ev.TimeZoneId})."
        : $"Registration for this event closed at {ev.ToLocal(ev.RegistrationClosesAtUtc!.Value):yyyy-MM-dd HH:mm zzz} ({ev.TimeZoneId}).";

    public IReadOnlyDictionary<string, object?>? Extensions => new Dictionary<string, object?>
    {
        ["registrationOpensAt"] = ev.RegistrationOpensAtUtc is { } o ? ev.ToLocal(o) : null,
        ["registrationClosesAt"] = ev.RegistrationClosesAtUtc is { } c ? ev.ToLocal(c) : null,
    };
}
