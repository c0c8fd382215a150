using System.Net;
using System.Net.Http.Headers;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Caching;

/// <summary>What the public response cache keys on, whom it serves, and the conditional and compressed answers it gives.</summary>
public sealed class PublicCacheTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private async Task<string> AgendaAsync(string query = "") => $"/events/{await factory.EventIdAsync(HtmlPage.Day1)}/agenda{query}";

    private static async Task<(string Body, EntityTagHeaderValue? ETag)> GetAsync(HttpClient client, string url, Action<HttpRequestMessage>? change = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        change?.Invoke(request);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.ETag);
    }

    [Fact]
    public async Task The_language_however_chosen_and_the_query_string_are_part_of_the_key()
    {
        var client = factory.CreateClient();
        var url = await AgendaAsync();
        var english = await GetAsync(client, url);
        Assert.Equal(english.ETag, (await GetAsync(client, url)).ETag);
        Assert.Contains("<html lang=\"en\"", english.Body);

        var byQuery = await GetAsync(client, url + "?culture=ko");
        var byCookie = await GetAsync(client, url, r => r.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dko%7Cuic%3Dko"));
        var byHeader = await GetAsync(client, url, r => r.Headers.AcceptLanguage.ParseAdd("ko-KR,ko;q=0.9"));
        foreach (var korean in new[] { byQuery, byCookie, byHeader })
        {
            Assert.Contains("<html lang=\"ko\"", korean.Body);
            Assert.NotEqual(english.ETag, korean.ETag);
        }
        // An unsupported language falls through to English, as the localization middleware does: the English entry.
        Assert.Equal(english.ETag, (await GetAsync(client, url, r => r.Headers.AcceptLanguage.ParseAdd("fr-FR"))).ETag);

        var panels = await GetAsync(client, url + "?kind=Panel");
        Assert.NotEqual(english.ETag, panels.ETag);
        Assert.True(panels.Body.Length < english.Body.Length, "the filtered agenda is its own entry");
    }

    [Fact]
    public async Task Signed_in_visitors_get_their_own_header_and_never_a_cached_answer()
    {
        var url = await AgendaAsync();
        var anonymous = factory.CreateClient();
        var cached = await GetAsync(anonymous, url);

        var user = await factory.CreateUserAsync(new TestForumRole(ForumRole.Delegate));
        var signedIn = await factory.SignInAsync(user);
        var own = await GetAsync(signedIn, url);
        Assert.Contains("href=\"/me/registrations\"", own.Body);
        Assert.Contains("/account/sign-out", own.Body);
        Assert.NotEqual(cached.ETag, own.ETag);

        var afterwards = await GetAsync(anonymous, url);
        Assert.Equal(cached.ETag, afterwards.ETag);
        Assert.DoesNotContain("href=\"/me/registrations\"", afterwards.Body);
        Assert.DoesNotContain("/account/sign-out", afterwards.Body);
    }

    [Theory]
    [InlineData("/events/{event}/agenda")]
    [InlineData("/api/v1/events/{event}/sessions?pageSize=100")]
    [InlineData("/events/{event}/agenda.ics")]
    [InlineData("/")]
    public async Task A_repeated_request_with_If_None_Match_is_answered_304_without_a_body(string route)
    {
        var url = route.Replace("{event}", (await factory.EventIdAsync(HtmlPage.Day1)).ToString());
        var client = factory.CreateClient();
        await GetAsync(client, url);
        var (_, etag) = await GetAsync(client, url);
        Assert.NotNull(etag);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        using var response = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag);

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", isWeak: true));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Public_answers_are_compressed_and_keep_the_security_headers_when_served_from_the_cache()
    {
        var client = factory.CreateClient();
        var url = await AgendaAsync();
        foreach (var encoding in new[] { "br", "gzip", "br" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.True(response.Headers.Contains("Content-Security-Policy"));
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
        using var plain = await client.GetAsync(url);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.True(plain.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task An_edit_through_the_app_is_on_the_same_nodes_public_page_at_once()
    {
        var client = factory.CreateClient();
        var id = await factory.EventIdAsync(HtmlPage.Day1);
        var before = await GetAsync(client, $"/events/{id}");
        await factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.FindAsync(id);
            ev!.Name.En += " (rescheduled)";
            return await db.SaveChangesAsync();
        });
        var after = await GetAsync(client, $"/events/{id}");
        Assert.Contains("(rescheduled)", after.Body);
        Assert.NotEqual(before.ETag, after.ETag);
    }
}
