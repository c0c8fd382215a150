using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Sessions;
using IcalCalendar = Ical.Net.Calendar;

namespace SpaceBridge.Web.Features.Calendar;

/// <summary>An entry of a personal calendar that is not a session (e.g. a B2B meeting), already in the reader's language.</summary>
public sealed record CalendarEntry(string Uid, DateTime StartsAtUtc, DateTime EndsAtUtc, Event Event, string Summary, string? Description, string? Location);

/// <summary>
/// Writes agenda sessions as an RFC 5545 calendar (METHOD:PUBLISH) in one reader's language. Each VEVENT's UID is
/// derived from the session id, so importing a later export updates the same entries instead of duplicating them.
/// </summary>
public static class ProgrammeCalendar
{
    public const string ProductId = "-//SpaceBridge//Forum agenda 1.0//EN";
    public const string MediaType = "text/calendar";

    public static string Uid(int sessionId) => $"session-{sessionId}@spacebridge";

    /// <param name="sessions">With Event, Room.Venue and People.Person loaded.</param>
    /// <param name="sessionUrl">Public page of a session, for each VEVENT's URL.</param>
    /// <param name="entries">Further entries (a participant's meetings) with their own stable UIDs.</param>
    public static string Write(string name, IEnumerable<Session> sessions, CultureInfo culture, DateTime stampUtc, Func<int, Uri> sessionUrl,
        IEnumerable<CalendarEntry>? entries = null)
    {
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);

        var ordered = sessions.OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id).ToList();
        var others = (entries ?? []).OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Uid, StringComparer.Ordinal).ToList();
        var starts = ordered.Select(s => (s.Event, s.StartsAtUtc)).Concat(others.Select(e => (e.Event, e.StartsAtUtc)));
        foreach (var zone in starts.GroupBy(s => s.Event.TimeZoneId))
        {
            // Only the rules in force from the first entry on: a short VTIMEZONE every client accepts.
            var earliest = zone.Min(s => s.Event.ToLocal(s.StartsAtUtc).DateTime).Date.AddYears(-1);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Key, earliest, includeHistoricalData: false));
        }

        var stamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc), "UTC", hasTime: true);
        foreach (var session in ordered)
        {
            calendar.Events.Add(ToEvent(session, culture, stamp, sessionUrl(session.Id)));
        }
        foreach (var entry in others)
        {
            var zone = entry.Event.TimeZoneId;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid,
                Sequence = 0,
                DtStamp = stamp,
                DtStart = new CalDateTime(entry.Event.ToLocal(entry.StartsAtUtc).DateTime, zone, hasTime: true),
                DtEnd = new CalDateTime(entry.Event.ToLocal(entry.EndsAtUtc).DateTime, zone, hasTime: true),
                Summary = entry.Summary,
                Description = entry.Description,
                Location = entry.Location,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent ToEvent(Session session, CultureInfo culture, CalDateTime stamp, Uri url)
    {
        var zone = session.Event.TimeZoneId;
        return new CalendarEvent
        {
            Uid = Uid(session.Id),
            // Increases with every change of the published session, so clients that hold it replace their copy.
            Sequence = session.Sequence,
            DtStamp = stamp,
            DtStart = new CalDateTime(session.Event.ToLocal(session.StartsAtUtc).DateTime, zone, hasTime: true),
            DtEnd = new CalDateTime(session.Event.ToLocal(session.EndsAtUtc).DateTime, zone, hasTime: true),
            Summary = session.Title.In(culture),
            Description = Describe(session, culture),
            Location = Location(session, culture),
            Url = url,
            Categories = [.. session.Topics.OrderBy(t => t.Id).Select(t => t.Name.In(culture))],
        };
    }

    private static string Describe(Session session, CultureInfo culture)
    {
        var text = new StringBuilder(session.Description.In(culture));
        foreach (var role in session.People.OrderBy(p => p.Order).GroupBy(p => p.Role))
        {
            text.Append("\n\n").Append(RoleLabel(role.Key, culture)).Append(": ")
                .AppendJoin(", ", role.Select(p => p.Person.DisplayName(culture)));
        }
        return text.ToString();
    }

    private static string RoleLabel(SessionRole role, CultureInfo culture) => (role, culture.TwoLetterISOLanguageName == "ko") switch
    {
        (SessionRole.Speaker, true) => "연사",
        (SessionRole.Moderator, true) => "좌장",
        (SessionRole.Panelist, true) => "패널",
        (SessionRole.Speaker, false) => "Speakers",
        (SessionRole.Moderator, false) => "Moderators",
        _ => "Panelists",
    };

    private static string? Location(Session session, CultureInfo culture)
    {
        var venue = session.Room?.Venue ?? session.Event.Venue;
        string?[] parts = [session.Room?.Name.In(culture), venue?.Name.In(culture), venue?.Address.In(culture)];
        var location = string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return location.Length == 0 ? null : location;
    }
}
