using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Badges;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>
/// Counts people into a session: a badge scanned at the door records one attendance per session
/// (unique index on session and registration), however often or at however many doors it is scanned.
/// </summary>
public sealed class SessionDoor(AppDbContext db, BadgeSigner signer, AuditLog audit, TimeProvider clock)
{
    public async Task<ScanOutcome> ScanAsync(int sessionId, string? scanned, ClaimsPrincipal staff, CancellationToken ct = default)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Event).FirstAsync(s => s.Id == sessionId, ct);
        var ev = session.Event;
        if (signer.Verify(scanned) is not { } token)
        {
            return new ScanOutcome(ScanResult.InvalidToken);
        }
        if (await AttendeeQuery.ByBadgeTokenAsync(db, token, ct) is not { } found)
        {
            return new ScanOutcome(ScanResult.UnknownBadge);
        }
        var attendee = found.Attendee;
        if (found.EventId != session.EventId)
        {
            return new ScanOutcome(ScanResult.OtherEvent, attendee);
        }
        if (attendee.Status != RegistrationStatus.Approved)
        {
            return new ScanOutcome(ScanResult.NotApproved, attendee);
        }
        if (await FirstAsync(ev, sessionId, attendee.RegistrationId, ct) is { } earlier)
        {
            return new ScanOutcome(ScanResult.AlreadyRecorded, attendee, earlier);
        }
        var row = new SessionAttendance
        {
            SessionId = sessionId,
            RegistrationId = attendee.RegistrationId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ByUserId = ForumAccess.UserId(staff) ?? throw new InvalidOperationException("Session scans need a signed-in user."),
        };
        db.SessionAttendances.Add(row);
        audit.Record(staff, "session.attendance", $"registration:{attendee.RegistrationId}",
            $"{attendee.RomanizedName} <{found.Email}> entered session {sessionId}", ev.ForumId, ev.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (SerializableTransaction.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            var winner = await FirstAsync(ev, sessionId, attendee.RegistrationId, ct)
                ?? throw new InvalidOperationException("The attendance index refused a row that is not there.", ex);
            return new ScanOutcome(ScanResult.AlreadyRecorded, attendee, winner);
        }
        return new ScanOutcome(ScanResult.Recorded, attendee, await AttendeeQuery.DescribeAsync(db, ev, row.AtUtc, row.ByUserId, null, ct));
    }

    private async Task<FirstScan?> FirstAsync(Event ev, int sessionId, int registrationId, CancellationToken ct)
    {
        var first = await db.SessionAttendances.AsNoTracking().Where(a => a.SessionId == sessionId && a.RegistrationId == registrationId)
            .Select(a => new { a.AtUtc, a.ByUserId }).FirstOrDefaultAsync(ct);
        return first is null ? null : await AttendeeQuery.DescribeAsync(db, ev, first.AtUtc, first.ByUserId, null, ct);
    }
}
