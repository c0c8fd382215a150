using System.Security.Claims;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Infrastructure.Audit;

/// <summary>
/// Records organizer actions. The entry is added to the caller's unit of work, so it is saved
/// in the same transaction as the action itself, or not at all.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    public AuditEntry Record(ClaimsPrincipal actor, string action, string subject, string? details = null, int? forumId = null, int? eventId = null)
    {
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorUserId = actor.FindFirstValue(ClaimTypes.NameIdentifier),
            ActorEmail = actor.FindFirstValue(ClaimTypes.Email) ?? actor.Identity?.Name,
            Action = action,
            Subject = subject,
            Details = details,
            ForumId = forumId,
            EventId = eventId,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
