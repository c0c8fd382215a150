using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>A symposium of a forum: its hosts, venue, dates and agenda.</summary>
public class Event
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public Forum Forum { get; set; } = null!;
    public required string Slug { get; set; }
    public BilingualText Name { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    /// <summary>IANA zone in which the event's times are shown, e.g. Asia/Seoul.</summary>
    public required string TimeZoneId { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public int? VenueId { get; set; }
    public Venue? Venue { get; set; }
    public List<EventHost> Hosts { get; set; } = [];
    public List<Session> Sessions { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    /// <summary>Seats for approved participants; null for no limit. Further registrations are waitlisted.</summary>
    public int? Capacity { get; set; }
    /// <summary>A draft (false) is seen only by the forum's organizers; the public sees published events.</summary>
    public bool Published { get; set; }
    /// <summary>Registration opens at this instant; null: open from the start.</summary>
    public DateTime? RegistrationOpensAtUtc { get; set; }
    /// <summary>Registration closes at this instant; null: never closes.</summary>
    public DateTime? RegistrationClosesAtUtc { get; set; }
    public int Version { get; set; }

    /// <summary>Whether registration is open at <paramref name="nowUtc"/>: opened (or no opening) and not yet closed.</summary>
    public RegistrationWindowState RegistrationStateAt(DateTime nowUtc) =>
        RegistrationOpensAtUtc is { } opens && nowUtc < opens ? RegistrationWindowState.NotYetOpen
        : RegistrationClosesAtUtc is { } closes && nowUtc >= closes ? RegistrationWindowState.Closed
        : RegistrationWindowState.Open;

    /// <summary>The event's zone. Every conversion between event-local time and UTC goes through the methods below.</summary>
    public TimeZoneInfo TimeZone => _zone is { } z && z.Id == TimeZoneId ? z : _zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
    private TimeZoneInfo? _zone;

    /// <summary>
    /// An event-local wall-clock time as UTC. A time that the zone skips (the hour lost when summer time starts) is
    /// moved forward by the gap; a time that occurs twice takes its first occurrence.
    /// </summary>
    public DateTime ToUtc(DateTime local)
    {
        var zone = TimeZone;
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var after = zone.GetUtcOffset(local.AddHours(3));
            local = local + (after - before);
        }
        if (zone.IsAmbiguousTime(local))
        {
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>A local day and time of the event as UTC.</summary>
    public DateTime ToUtc(DateOnly day, TimeOnly time) => ToUtc(day.ToDateTime(time));

    /// <summary>The UTC instants at which a local day starts and the next one starts.</summary>
    public (DateTime FromUtc, DateTime ToUtc) DayBoundsUtc(DateOnly day) =>
        (ToUtc(day, TimeOnly.MinValue), ToUtc(day.AddDays(1), TimeOnly.MinValue));

    /// <summary>The event's first and last instant in UTC (local midnight to local midnight).</summary>
    public (DateTime StartUtc, DateTime EndUtc) UtcRange() => (DayBoundsUtc(StartDate).FromUtc, DayBoundsUtc(EndDate).ToUtc);

    /// <summary>A UTC instant as the event's local time, with the offset in force then.</summary>
    public DateTimeOffset ToLocal(DateTime utc)
    {
        utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(utc));
    }

    /// <summary>
    /// Whether registrants may register or change their registration at <paramref name="nowUtc"/>. Without a
    /// registration window every moment is open; outside the window it is closed (see <see cref="RegistrationStateAt"/>).
    /// </summary>
    public bool IsRegistrationOpen(DateTime nowUtc) => RegistrationStateAt(nowUtc) == RegistrationWindowState.Open;
}
