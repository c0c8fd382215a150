using System.Net;
using System.Text.RegularExpressions;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

public sealed partial class SecurityHeadersTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/", HttpStatusCode.OK },
        { "/events/1/agenda", HttpStatusCode.OK },
        { "/account/sign-in", HttpStatusCode.OK },
        { "/no-such-page", HttpStatusCode.NotFound },
        { "/css/site.css", HttpStatusCode.OK },
        { "/api/v1/events", HttpStatusCode.OK },
        { "/api/v1/events/999999", HttpStatusCode.NotFound },
        { "/api/v1/me", HttpStatusCode.Unauthorized },
        { "/api/v1/events?page=abc", HttpStatusCode.BadRequest },
        { "/events/1/agenda.ics", HttpStatusCode.OK },
        { "/openapi/v1.json", HttpStatusCode.OK },
        { "/health/live", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Pages_API_answers_files_and_errors_carry_the_security_headers(string url, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Matches("script-src 'self'(;|$)", csp);
        Assert.DoesNotContain("unsafe", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task Only_the_API_reference_page_allows_its_viewers_inline_script_and_it_still_cannot_be_framed()
    {
        var response = await factory.CreateClient().GetAsync("/api/docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    /// <summary>The policy forbids inline script and style; a page that had them would silently lose them in the browser.</summary>
    [Fact]
    public void No_page_has_an_inline_script_an_event_handler_attribute_or_a_style_attribute()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "SpaceBridge.Web");
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "Features"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => InlineCode().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetRelativePath(root, file)}: {m.Value}"))
            .ToList();

        Assert.Empty(offenders);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri} has no {name} header");

    private static string RepositoryRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "SpaceBridge.slnx")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
        }
        return dir;
    }

    /// <summary>A script element without src, a style element, a style="" attribute or an on...="" handler.</summary>
    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle\s*=\s*["']|\son[a-z]+\s*=\s*["']""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();
}
