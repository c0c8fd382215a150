using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Profiles;

/// <summary>The symposium topics of a forum by slug (a slug used by two events keeps its first name).</summary>
public static class ProfileTopics
{
    public static async Task<Dictionary<string, BilingualText>> NamesAsync(AppDbContext db, int forumId, CancellationToken ct) =>
        (await db.Topics.AsNoTracking().Where(t => t.Event.ForumId == forumId).OrderBy(t => t.EventId).ThenBy(t => t.Id)
            .Select(t => new { t.Slug, t.Name }).ToListAsync(ct))
        .GroupBy(t => t.Slug).ToDictionary(g => g.Key, g => g.First().Name);
}
