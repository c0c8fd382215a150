using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>
/// Which answers the output cache keeps and how it finds them: GET and HEAD of a <see cref="PublicRoutes"/> address by
/// a visitor who is not signed in (no sign-in cookie, no Authorization header), keyed by address, whole query string,
/// language and Accept-Encoding; only 200 answers that set no cookie. Signed-in visitors are never served from the
/// cache, so they see their own header and, as organizers, their drafts; anonymous answers never contain drafts.
/// Stored answers get an ETag (so If-None-Match is answered 304) and <c>Cache-Control: no-cache</c> (browsers ask again
/// each time and get a 304).
/// </summary>
public sealed class PublicCachePolicy(
    ContentVersionWatcher watcher,
    EventForums eventForums,
    IOptions<PublicCacheOptions> options,
    PublicCacheMetrics metrics) : IOutputCachePolicy
{
    /// <summary>The sign-in cookie (Features/Accounts); its presence alone makes a request personal.</summary>
    public const string SignInCookie = "SpaceBridge.Auth";

    private const string GenerationItem = "PublicCache.Generation";
    private const string MatchItem = "PublicCache.Match";

    public static bool IsAnonymousPublicRead(HttpContext context, out PublicRoutes.Match match)
    {
        match = default;
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Headers.Authorization.Count == 0
            && !request.Cookies.ContainsKey(SignInCookie)
            && PublicRoutes.TryMatch(request.Path, out match);
    }

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (!options.Value.Enabled || !IsAnonymousPublicRead(http, out var match))
        {
            return;
        }
        var synchronized = watcher.IsSynchronized;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = synchronized;
        context.AllowCacheStorage = synchronized;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = options.Value.EntryLifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.VaryByValues["lang"] = await RequestLanguage.OfAsync(http);
        http.Items[GenerationItem] = watcher.Generation;
        http.Items[MatchItem] = match;
        // The cache keeps the headers an answer has when its first byte is written, so they are set now: an endpoint
        // may still set its own ETag, and an answer served from the cache brings the stored ones.
        var headers = http.Response.Headers;
        headers.ETag = $"W/\"{Random.Shared.NextInt64():x16}\"";
        headers.CacheControl = "no-cache";
        headers.Vary = "Accept-Encoding, Accept-Language, Cookie";
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        metrics.Hit(context.HttpContext.Request.Path);
        return ValueTask.CompletedTask;
    }

    async ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var response = http.Response;
        if (!context.EnableOutputCaching || http.Items[MatchItem] is not PublicRoutes.Match match)
        {
            return;
        }
        metrics.Miss(http.Request.Path);
        var storable = context.AllowCacheStorage
            && response.StatusCode == StatusCodes.Status200OK
            && response.Headers.SetCookie.Count == 0
            // An edit committed while this answer was rendered: it may show the old content, so it is not kept.
            && http.Items[GenerationItem] is long generation && generation == watcher.Generation;
        context.AllowCacheStorage = storable;
        if (!storable)
        {
            return;
        }
        context.Tags.Add(PublicCacheTags.All);
        var forumId = match.ForumId ?? (match.EventId is { } eventId ? await eventForums.ForumOfAsync(eventId, cancellationToken) : null);
        context.Tags.Add(forumId is { } id ? PublicCacheTags.Forum(id) : PublicCacheTags.Site);
    }
}
