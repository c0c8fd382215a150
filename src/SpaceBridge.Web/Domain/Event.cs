namespace SpaceBridge.Web.Domain;

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

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The event's first and last instant in UTC (local midnight to local midnight).</summary>
    public (DateTime StartUtc, DateTime EndUtc) UtcRange()
    {
        var zone = TimeZone;
        var start = TimeZoneInfo.ConvertTimeToUtc(StartDate.ToDateTime(TimeOnly.MinValue), zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        return (start, end);
    }

    public DateTimeOffset ToLocal(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(utc));
    }
}

public enum HostRole { Host, CoHost, CoOrganizer, Partner }

public class EventHost
{
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public HostRole Role { get; set; }
}
