using SpaceBridge.Web.Features.Shared.Forms;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>The event form; the registration window is typed in the event's local time.</summary>
public sealed class EventForm
{
    [RequiredInForm] public string Slug { get; set; } = "";
    public string? NameEn { get; set; }
    public string? NameKo { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionKo { get; set; }
    [RequiredInForm] public string TimeZone { get; set; } = "Asia/Seoul";
    [RequiredInForm] public DateOnly? StartDate { get; set; }
    [RequiredInForm] public DateOnly? EndDate { get; set; }
    public string? VenueNameEn { get; set; }
    public string? VenueNameKo { get; set; }
    public string? VenueAddressEn { get; set; }
    public string? VenueAddressKo { get; set; }
    public string? VenueCity { get; set; }
    public int? Capacity { get; set; }
    public DateTime? RegistrationOpens { get; set; }
    public DateTime? RegistrationCloses { get; set; }
    public bool Published { get; set; }
    public int Version { get; set; }

    public static EventForm From(Event e) => new()
    {
        Slug = e.Slug, NameEn = e.Name.En, NameKo = e.Name.Ko, DescriptionEn = e.Description.En, DescriptionKo = e.Description.Ko,
        TimeZone = e.TimeZoneId, StartDate = e.StartDate, EndDate = e.EndDate,
        VenueNameEn = e.Venue?.Name.En, VenueNameKo = e.Venue?.Name.Ko, VenueAddressEn = e.Venue?.Address.En, VenueAddressKo = e.Venue?.Address.Ko,
        VenueCity = e.Venue?.City, Capacity = e.Capacity,
        RegistrationOpens = e.RegistrationOpensAtUtc is { } o ? e.ToLocal(o).DateTime : null,
        RegistrationCloses = e.RegistrationClosesAtUtc is { } c ? e.ToLocal(c).DateTime : null,
        Published = e.Published, Version = e.Version,
    };

    public EventInput ToInput()
    {
        // Local times become instants in the form's zone; an unknown zone is reported by the editor, not here.
        var zone = new Event { Slug = "", TimeZoneId = TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "", out _) ? TimeZone! : "UTC" };
        DateTimeOffset? At(DateTime? local) => local is { } l ? new DateTimeOffset(zone.ToUtc(l), TimeSpan.Zero) : null;
        var venue = string.IsNullOrWhiteSpace(VenueNameEn) && string.IsNullOrWhiteSpace(VenueNameKo) && string.IsNullOrWhiteSpace(VenueCity)
            ? null
            : new VenueInput(new(VenueNameEn, VenueNameKo), new(VenueAddressEn, VenueAddressKo), VenueCity ?? "");
        return new EventInput(Slug, new(NameEn, NameKo), new(DescriptionEn, DescriptionKo), TimeZone,
            StartDate ?? default, EndDate ?? default, Capacity, At(RegistrationOpens), At(RegistrationCloses), Published, venue);
    }
}

/// <summary>The form that adds a room to the event's venue.</summary>
public sealed class RoomForm
{
    public string? NameEn { get; set; }
    public string? NameKo { get; set; }
    public int? Capacity { get; set; }
}

/// <summary>The model of the event form's fields partial.</summary>
public sealed record EventFormView(EventForm Input);
