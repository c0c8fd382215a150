using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Interpreters;
using SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Interpreters;

/// <summary>The organizers' interpreter pools: the page refuses bad input per field and writes nothing; the API guards writes with ETags.</summary>
public sealed class InterpreterPoolTests : IDisposable
{
    private readonly SpaceBridgeFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<List<EventInterpreterPool>> PoolsAsync(int eventId) =>
        _factory.WithDbAsync(db => db.Set<EventInterpreterPool>().AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.Id).ToListAsync());

    private async Task<(int EventId, HttpClient Organizer)> OrganizerAsync() =>
        (await _factory.Day1EventIdAsync(), await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer))));

    [Fact]
    public async Task The_page_adds_changes_and_removes_a_pool_and_is_linked_from_the_matchmaking_page()
    {
        var (eventId, organizer) = await OrganizerAsync();
        var url = $"/organizer/events/{eventId}/matchmaking/interpreters";
        Assert.Contains(url, await organizer.GetStringAsync($"/organizer/events/{eventId}/matchmaking"));

        var added = await organizer.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.LanguageA"] = "es", ["Input.LanguageB"] = "ko", ["Input.Count"] = "2",
        }, "form#pool-form");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var pool = Assert.Single(await PoolsAsync(eventId));
        // Stored in the order of the language list.
        Assert.Equal(("ko", "es", 2, 1), (pool.LanguageA, pool.LanguageB, pool.Count, pool.Version));

        var changed = await organizer.SubmitFormAsync($"{url}?edit={pool.Id}", new Dictionary<string, string> { ["Input.Count"] = "3" }, "form#pool-form");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal((3, 2), (await PoolsAsync(eventId)).Select(p => (p.Count, p.Version)).Single());
        Assert.Contains("Spanish", await organizer.GetStringAsync(url));

        var removed = await organizer.SubmitFormAsync(url, new Dictionary<string, string>(), $"tr[data-pool='{pool.Id}'] form");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await PoolsAsync(eventId));
        Assert.Equal(3, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action.StartsWith("matchmaking.interpreters."))));
    }

    [Theory]
    [InlineData("ko", "ko", "1", "Input.LanguageB", "Choose two different languages.")]
    [InlineData("ko", "en", "-1", "Input.Count", "Enter a whole number of interpreters from 0 to 100.")]
    [InlineData("ko", "en", "many", "Input.Count", "Enter a whole number of interpreters from 0 to 100.")]
    [InlineData("xx", "en", "1", "Input.LanguageA", "is not a language on the list")]
    [InlineData("ko", "es", "1", "Input.LanguageB", "already has a pool for this pair")]
    public async Task The_page_refuses_bad_input_beside_the_field_and_writes_nothing(string a, string b, string count, string field, string message)
    {
        var (eventId, organizer) = await OrganizerAsync();
        var url = $"/organizer/events/{eventId}/matchmaking/interpreters";
        await organizer.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.LanguageA"] = "es", ["Input.LanguageB"] = "ko", ["Input.Count"] = "1" }, "form#pool-form");
        var before = await PoolsAsync(eventId);

        var response = await organizer.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.LanguageA"] = a, ["Input.LanguageB"] = b, ["Input.Count"] = count,
        }, "form#pool-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var error = document.QuerySelector($"[data-valmsg-for='{field}']");
        Assert.NotNull(error);
        Assert.Contains(message, error!.TextContent);
        Assert.Equivalent(before, await PoolsAsync(eventId));
    }

    [Fact]
    public async Task A_stale_edit_form_saves_nothing()
    {
        var (eventId, organizer) = await OrganizerAsync();
        var url = $"/organizer/events/{eventId}/matchmaking/interpreters";
        await organizer.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.LanguageA"] = "ko", ["Input.LanguageB"] = "en", ["Input.Count"] = "1" }, "form#pool-form");
        var pool = Assert.Single(await PoolsAsync(eventId));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await organizer.GetDocumentAsync($"{url}?edit={pool.Id}")).QuerySelector("form#pool-form")!;
        await _factory.WithDbAsync(db => db.Set<EventInterpreterPool>().Where(p => p.Id == pool.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Count, 5).SetProperty(p => p.Version, 2)));

        var stale = await organizer.SubmitAsync(form, url, new Dictionary<string, string> { ["Input.Count"] = "9" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed the interpreter pools meanwhile", await stale.Content.ReadAsStringAsync());
        Assert.Equal((5, 2), (await PoolsAsync(eventId)).Select(p => (p.Count, p.Version)).Single());
    }

    [Fact]
    public async Task The_api_creates_reads_and_changes_a_pool_with_etags_and_refuses_a_stale_put_with_412()
    {
        var (eventId, organizer) = await OrganizerAsync();
        var collection = $"/api/v1/events/{eventId}/interpreter-pools";

        var created = await organizer.PostAsJsonAsync(collection, new { languageA = "ko", languageB = "en", count = 2 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        var pool = (await created.Content.ReadFromJsonAsync<InterpreterPoolDto>())!;
        Assert.Equal(created.Headers.Location!.ToString(), $"{collection}/{pool.Id}");

        var read = await organizer.GetAsync($"{collection}/{pool.Id}");
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
        Assert.Single((await organizer.GetFromJsonAsync<List<InterpreterPoolDto>>(collection))!);

        var noPrecondition = await organizer.PutAsJsonAsync($"{collection}/{pool.Id}", new { languageA = "ko", languageB = "en", count = 3 });
        await ApiClient.AssertProblemAsync(noPrecondition, HttpStatusCode.PreconditionRequired);

        var put = new HttpRequestMessage(HttpMethod.Put, $"{collection}/{pool.Id}") { Content = JsonContent.Create(new { languageA = "ko", languageB = "en", count = 3 }) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var updated = await organizer.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);

        // The first ETag is stale now: 412, nothing written.
        var stale = new HttpRequestMessage(HttpMethod.Put, $"{collection}/{pool.Id}") { Content = JsonContent.Create(new { languageA = "ko", languageB = "en", count = 7 }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        await ApiClient.AssertProblemAsync(await organizer.SendAsync(stale), HttpStatusCode.PreconditionFailed);
        Assert.Equal((3, 2), (await PoolsAsync(eventId)).Select(p => (p.Count, p.Version)).Single());

        var staleDelete = new HttpRequestMessage(HttpMethod.Delete, $"{collection}/{pool.Id}");
        staleDelete.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        await ApiClient.AssertProblemAsync(await organizer.SendAsync(staleDelete), HttpStatusCode.PreconditionFailed);
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"{collection}/{pool.Id}");
        delete.Headers.IfMatch.Add(new EntityTagHeaderValue("\"2\""));
        Assert.Equal(HttpStatusCode.NoContent, (await organizer.SendAsync(delete)).StatusCode);
        Assert.Empty(await PoolsAsync(eventId));
        await ApiClient.AssertProblemAsync(await organizer.GetAsync($"{collection}/{pool.Id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_api_refuses_bad_pools_with_a_validation_problem_per_field()
    {
        var (eventId, organizer) = await OrganizerAsync();
        var collection = $"/api/v1/events/{eventId}/interpreter-pools";

        var problem = await ApiClient.AssertProblemAsync(
            await organizer.PostAsJsonAsync(collection, new { languageA = "ko", languageB = "KO", count = -1 }), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("LanguageB", out _) || errors.TryGetProperty("languageB", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("Count", out _) || errors.TryGetProperty("count", out _), errors.ToString());
        await ApiClient.AssertProblemAsync(await organizer.PostAsJsonAsync(collection, new { languageA = "tlh", languageB = "en", count = 1 }), HttpStatusCode.BadRequest);
        await ApiClient.AssertProblemAsync(await organizer.PostAsJsonAsync(collection, new { languageA = "ko", languageB = "en", count = 1, extra = 1 }), HttpStatusCode.BadRequest);
        Assert.Empty(await PoolsAsync(eventId));
    }
}
