using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>
/// The languages of the forum a page belongs to (<see cref="Forum.Languages"/>): the language switch offers only those,
/// and the workspace marks a translation missing only in those. A page belongs to a forum through its route: a
/// forumId, an eventId or sessionId, or the id of /events/{id}, /sessions/{id} or /statements/{id}. Pages of no forum
/// have both languages.
/// </summary>
public sealed class ForumLanguages(AppDbContext db)
{
    public static readonly IReadOnlyList<string> All = ForumEditor.KnownLanguages;

    private IReadOnlyList<string>? _resolved;

    /// <summary>"en,ko", "en" or "ko" as a list in the platform's order; an empty or unknown value as both.</summary>
    public static IReadOnlyList<string> Parse(string? languages)
    {
        var codes = (languages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var known = All.Where(l => codes.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
        return known.Count == 0 ? All : known;
    }

    public async Task<IReadOnlyList<string>> OfRequestAsync(HttpContext context)
    {
        return _resolved ??= Parse(await LanguagesAsync(context));
    }

    private async Task<string?> LanguagesAsync(HttpContext context)
    {
        var values = context.GetRouteData().Values;
        var ct = context.RequestAborted;
        int? Id(string key) => values.TryGetValue(key, out var v) && int.TryParse(v?.ToString(), out var id) ? id : null;
        var path = context.Request.Path.Value ?? "";
        var id = Id("id");
        if (Id("forumId") is { } forumId)
        {
            return await db.Forums.AsNoTracking().Where(f => f.Id == forumId).Select(f => f.Languages).FirstOrDefaultAsync(ct);
        }
        if ((Id("eventId") ?? (path.StartsWith("/events/", StringComparison.Ordinal) ? id : null)) is { } eventId)
        {
            return await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.Forum.Languages).FirstOrDefaultAsync(ct);
        }
        if ((Id("sessionId") ?? (path.StartsWith("/sessions/", StringComparison.Ordinal) ? id : null)) is { } sessionId)
        {
            return await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => s.Event.Forum.Languages).FirstOrDefaultAsync(ct);
        }
        if (path.StartsWith("/statements/", StringComparison.Ordinal) && id is { } statementId)
        {
            return await db.Set<JointStatement>().AsNoTracking().Where(s => s.Id == statementId)
                .Select(s => s.Forum.Languages).FirstOrDefaultAsync(ct);
        }
        return null;
    }
}
