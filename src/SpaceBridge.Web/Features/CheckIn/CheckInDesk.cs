using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Badges;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using CheckInRow = SpaceBridge.Web.Features.CheckIn.CheckIn;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>
/// The registration desk: a scanned badge checks its holder in once. Several desks (and nodes) may scan the
/// same badge at the same moment; the unique index on the registration lets exactly one insert through, and
/// every other desk is told who got there first.
/// </summary>
public sealed class CheckInDesk(AppDbContext db, BadgeSigner signer, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int DeskMaxLength = 100;

    /// <summary>Scans a badge at a desk of the event. Throws <see cref="DomainValidationException"/> for a desk name that is too long.</summary>
    public async Task<ScanOutcome> ScanAsync(int eventId, string? scanned, string? desk, ClaimsPrincipal staff, CancellationToken ct = default)
    {
        desk = string.IsNullOrWhiteSpace(desk) ? null : desk.Trim();
        if (desk?.Length > DeskMaxLength)
        {
            throw new DomainValidationException("Desk", l["CheckIn.Error.DeskTooLong", DeskMaxLength]);
        }
        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
        if (signer.Verify(scanned) is not { } token)
        {
            return new ScanOutcome(ScanResult.InvalidToken);
        }
        if (await AttendeeQuery.ByBadgeTokenAsync(db, token, ct) is not { } found)
        {
            return new ScanOutcome(ScanResult.UnknownBadge);
        }
        var attendee = found.Attendee;
        if (found.EventId != eventId)
        {
            return new ScanOutcome(ScanResult.OtherEvent, attendee);
        }
        if (attendee.Status != RegistrationStatus.Approved)
        {
            return new ScanOutcome(ScanResult.NotApproved, attendee);
        }
        if (await FirstAsync(ev, attendee.RegistrationId, ct) is { } earlier)
        {
            return new ScanOutcome(ScanResult.AlreadyRecorded, attendee, earlier);
        }

        var row = new CheckInRow
        {
            RegistrationId = attendee.RegistrationId,
            EventId = eventId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ByUserId = ForumAccess.UserId(staff) ?? throw new InvalidOperationException("Check-in needs a signed-in user."),
            Desk = desk,
        };
        db.CheckIns.Add(row);
        audit.Record(staff, "checkin.recorded", $"registration:{attendee.RegistrationId}",
            $"{attendee.RomanizedName} <{found.Email}> checked in at desk {desk ?? "-"}", ev.ForumId, eventId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (SerializableTransaction.IsUniqueViolation(ex))
        {
            // Another desk won the race: nothing of ours was written (the audit entry went with the failed save).
            db.ChangeTracker.Clear();
            var winner = await FirstAsync(ev, attendee.RegistrationId, ct)
                ?? throw new InvalidOperationException("The check-in index refused a row that is not there.", ex);
            return new ScanOutcome(ScanResult.AlreadyRecorded, attendee, winner);
        }
        return new ScanOutcome(ScanResult.Recorded, attendee, await AttendeeQuery.DescribeAsync(db, ev, row.AtUtc, row.ByUserId, desk, ct));
    }

    private async Task<FirstScan?> FirstAsync(Event ev, int registrationId, CancellationToken ct)
    {
        var first = await db.CheckIns.AsNoTracking().Where(c => c.RegistrationId == registrationId)
            .Select(c => new { c.AtUtc, c.ByUserId, c.Desk }).FirstOrDefaultAsync(ct);
        return first is null ? null : await AttendeeQuery.DescribeAsync(db, ev, first.AtUtc, first.ByUserId, first.Desk, ct);
    }
}
