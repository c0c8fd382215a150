using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>The forum of an event, read once per event: an event never moves to another forum.</summary>
public sealed class EventForums(IServiceScopeFactory scopes)
{
    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<int, int> _forumOfEvent = new();

    public async ValueTask<int?> ForumOfAsync(int eventId, CancellationToken cancellationToken)
    {
        if (_forumOfEvent.TryGetValue(eventId, out var known))
        {
            return known;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await ForumOfAsync(db, eventId, cancellationToken);
    }

    public async ValueTask<int?> ForumOfAsync(AppDbContext db, int eventId, CancellationToken cancellationToken)
    {
        if (_forumOfEvent.TryGetValue(eventId, out var known))
        {
            return known;
        }
        var forumIds = await db.Set<Features.Programme.Events.Event>().AsNoTracking()
            .Where(e => e.Id == eventId).Select(e => e.ForumId).Take(1).ToListAsync(cancellationToken);
        if (forumIds.Count == 0)
        {
            return null;
        }
        if (_forumOfEvent.Count < MaxRemembered)
        {
            _forumOfEvent[eventId] = forumIds[0];
        }
        return forumIds[0];
    }
}
