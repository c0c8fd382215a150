using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>Approved versus checked-in participants of an event, by type and country, and people counted into each session.</summary>
public sealed record EventAttendance(
    int EventId,
    DateTimeOffset AsOf,
    string TimeZoneId,
    int Approved,
    int CheckedIn,
    IReadOnlyList<TypeAttendance> ByType,
    IReadOnlyList<CountryAttendance> ByCountry,
    IReadOnlyList<SessionAttendanceCount> Sessions);

public sealed record TypeAttendance(ParticipantType ParticipantType, int Approved, int CheckedIn);

public sealed record CountryAttendance(string CountryCode, BilingualText CountryName, int Approved, int CheckedIn);

public sealed record SessionAttendanceCount(int SessionId, BilingualText Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Attended);

public sealed class AttendanceBoard(AppDbContext db, TimeProvider clock)
{
    public async Task<EventAttendance?> ForEventAsync(int eventId, CancellationToken ct = default)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return null;
        }
        // One row per approved participant is small even for a large forum; grouping in memory keeps the SQL plain on both providers.
        var people = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Approved)
            .Select(r => new { r.ParticipantType, r.CountryCode, In = r.CheckIn != null })
            .ToListAsync(ct);
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId)
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Title, s.StartsAtUtc, s.EndsAtUtc, Attended = db.SessionAttendances.Count(a => a.SessionId == s.Id) })
            .ToListAsync(ct);

        return new EventAttendance(
            eventId,
            ev.ToLocal(clock.GetUtcNow().UtcDateTime),
            ev.TimeZoneId,
            people.Count,
            people.Count(p => p.In),
            people.GroupBy(p => p.ParticipantType).OrderBy(g => g.Key)
                .Select(g => new TypeAttendance(g.Key, g.Count(), g.Count(p => p.In))).ToList(),
            people.GroupBy(p => p.CountryCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CountryAttendance(g.Key, countries.GetValueOrDefault(g.Key) ?? new BilingualText(g.Key, null), g.Count(), g.Count(p => p.In)))
                .ToList(),
            sessions.Select(s => new SessionAttendanceCount(s.Id, s.Title, ev.ToLocal(s.StartsAtUtc), ev.ToLocal(s.EndsAtUtc), s.Attended)).ToList());
    }
}
