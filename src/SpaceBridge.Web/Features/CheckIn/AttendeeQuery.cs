using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>Reads the registration behind a badge token, and who scanned it first.</summary>
internal static class AttendeeQuery
{
    public sealed record Found(Attendee Attendee, int EventId, string Email);

    public static Task<Found?> ByBadgeTokenAsync(AppDbContext db, string badgeToken, CancellationToken ct) =>
        db.Registrations.AsNoTracking().Where(r => r.BadgeToken == badgeToken)
            .Select(r => new Found(new Attendee(
                r.Id, r.HangulName, r.RomanizedName, r.OrganizationName, r.Position, r.CountryCode, r.Country.Name, r.ParticipantType,
                r.Status, r.Delegation == null ? null : r.Delegation.Name, r.AccessibilityNeeds, r.DietaryNeeds, r.NeedsInterpreter,
                r.InterpreterLanguage), r.EventId, r.Email))
            .FirstOrDefaultAsync(ct);

    public static async Task<FirstScan> DescribeAsync(AppDbContext db, Event ev, DateTime atUtc, string byUserId, string? desk, CancellationToken ct)
    {
        var staff = await db.Users.AsNoTracking().Where(u => u.Id == byUserId)
            .Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(ct);
        var name = staff?.DisplayName is { Length: > 0 } display ? display : staff?.Email ?? byUserId;
        return new FirstScan(ev.ToLocal(atUtc), ev.TimeZoneId, byUserId, name, staff?.Email, desk);
    }
}
