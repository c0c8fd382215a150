using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Api;

public class ApiDocsTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_openapi_document_is_json_listing_every_v1_path()
    {
        var response = await _client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Equal("SpaceBridge API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/v1/forums", "/api/v1/forums/{id}", "/api/v1/events", "/api/v1/events/{id}", "/api/v1/events/{eventId}/sessions",
            "/api/v1/sessions/{id}", "/api/v1/people", "/api/v1/people/{id}", "/api/v1/organizations", "/api/v1/organizations/{id}",
        ];
        Assert.All(expected, p => Assert.Contains(p, paths));
    }

    [Fact]
    public async Task The_openapi_document_states_paging_bounds_and_problem_responses()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;
        var list = document.GetProperty("paths").GetProperty("/api/v1/events/{eventId}/sessions").GetProperty("get");

        var parameters = list.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(1, parameters["page"].GetProperty("schema").GetProperty("minimum").GetInt32());
        Assert.Equal(100, parameters["pageSize"].GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Contains("kind", parameters.Keys);
        Assert.Contains("day", parameters.Keys);
        var responses = list.GetProperty("responses");
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task The_reference_page_loads_its_script_from_this_server_not_a_cdn()
    {
        var page = await _client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();

        var scripts = Regex.Matches(html, "<script[^>]*src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("scalar.js", scripts);
        Assert.DoesNotContain(scripts, s => s.Contains("//", StringComparison.Ordinal));
        Assert.Contains("openapi/v1.json", html);

        var script = await _client.GetAsync("/api/docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000, "the bundled reference UI script is served locally");
    }

    [Fact]
    public async Task The_reference_page_without_trailing_slash_leads_to_the_page()
    {
        var response = await _client.GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("/api/docs/", response.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
