using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>
/// Seats of an event inside the caller's transaction: how many are taken, and filling freed seats
/// from the waitlist in submission order.
/// </summary>
public static class SeatAllocation
{
    public static Task<int> ApprovedCountAsync(AppDbContext db, int eventId, CancellationToken ct) =>
        db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Approved, ct);

    /// <summary>
    /// Promotes up to <paramref name="freedSeats"/> waitlisted registrations (oldest submission first)
    /// while the event has room, skipping <paramref name="exclude"/> (those just decided by hand).
    /// </summary>
    public static async Task<List<StatusChange>> PromoteAsync(
        AppDbContext db, int eventId, int? capacity, int approvedCount, int freedSeats, ISet<int> exclude, DateTime now, CancellationToken ct)
    {
        var room = capacity is null ? 0 : Math.Min(freedSeats, capacity.Value - approvedCount);
        if (room <= 0)
        {
            return [];
        }
        var candidates = await db.Registrations
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted && !exclude.Contains(r.Id))
            .OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id)
            .Take(room)
            .ToListAsync(ct);
        var changes = new List<StatusChange>();
        foreach (var r in candidates)
        {
            SetStatus(r, RegistrationStatus.Approved, now, reason: null);
            changes.Add(new StatusChange(r.Id, RegistrationStatus.Waitlisted, RegistrationStatus.Approved, Promoted: true));
        }
        return changes;
    }

    public static void SetStatus(Registration r, RegistrationStatus status, DateTime now, string? reason)
    {
        r.Status = status;
        r.StatusChangedAtUtc = now;
        r.StatusReason = reason;
        r.Version++;
    }
}
