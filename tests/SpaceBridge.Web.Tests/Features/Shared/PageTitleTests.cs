using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Shared;

/// <summary>
/// Every page the app maps (read from its own endpoints, as the authorization matrix does), opened by the first of
/// anonymous, delegate and organizer that may see it, in English and in Korean: each has its own title, in the
/// page's language, and every table sits in a named region that scrolls on its own.
/// </summary>
public sealed partial class PageTitleTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    /// <summary>Pages without a page of their own to title: the language switch only redirects.</summary>
    private static readonly string[] NotShown = ["/Site/Language"];

    [GeneratedRegex(@"\p{IsHangulSyllables}")]
    private static partial Regex Hangul();

    [Fact]
    public async Task Every_page_has_its_own_title_in_English_and_in_Korean()
    {
        var pages = Pages();
        Assert.True(pages.Count >= 40, $"only {pages.Count} pages found");
        var data = await PageTitleData.CreateAsync(factory);
        var callers = new (string Name, HttpClient Client)[]
        {
            ("anonymous", factory.CreateBrowserClient()),
            ("delegate", await factory.SignInAsync(data.Delegate)),
            ("organizer", await factory.SignInAsync(data.Organizer)),
            // Creating a forum is for platform administrators only.
            ("administrator", await factory.SignInAsync(await factory.CreateAdministratorAsync())),
        };

        var titles = new Dictionary<string, Dictionary<string, string>> { ["en"] = [], ["ko"] = [] };
        var failures = new List<string>();
        foreach (var pattern in pages)
        {
            var url = data.Fill(pattern);
            foreach (var language in titles.Keys)
            {
                var (caller, document) = await OpenAsync(callers, $"{url}{(url.Contains('?') ? '&' : '?')}culture={language}");
                if (document is null)
                {
                    failures.Add($"{url}: no caller could open it");
                    continue;
                }
                var title = document.Title?.Trim() ?? "";
                titles[language][pattern] = title;
                if (title.Length == 0 || title == "SpaceBridge" || !title.EndsWith(" – SpaceBridge", StringComparison.Ordinal))
                {
                    failures.Add($"{url} ({language}, {caller}): title \"{title}\" does not name the page");
                }
                if (language == "ko" && !Hangul().IsMatch(title.Replace("SpaceBridge", "")))
                {
                    failures.Add($"{url} (ko, {caller}): title \"{title}\" is not Korean");
                }
                failures.AddRange(TableProblems(document).Select(p => $"{url} ({language}, {caller}): {p}"));
            }
        }
        foreach (var (language, byPage) in titles)
        {
            failures.AddRange(byPage.GroupBy(p => p.Value).Where(g => g.Count() > 1)
                .Select(g => $"{language}: \"{g.Key}\" is the title of {string.Join(", ", g.Select(p => p.Key))}"));
        }
        foreach (var pattern in titles["en"].Keys.Intersect(titles["ko"].Keys))
        {
            if (titles["en"][pattern] == titles["ko"][pattern])
            {
                failures.Add($"{pattern}: the same title in both languages (\"{titles["en"][pattern]}\")");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} problems:\n  " + string.Join("\n  ", failures));
    }

    /// <summary>Route patterns of the Razor Pages, one per page (the home page's /Index alias is the same page).</summary>
    private List<string> Pages() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + (e.RoutePattern.RawText ?? "").Trim('/'), Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(e => e.Page is not null && !NotShown.Contains(e.Page.ViewEnginePath))
            .GroupBy(e => e.Page!.ViewEnginePath)
            .Select(g => g.OrderBy(e => e.Pattern.Length).First().Pattern)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The page as the first caller that gets it (a status page answers with its own status code).</summary>
    private static async Task<(string Caller, IDocument? Document)> OpenAsync((string Name, HttpClient Client)[] callers, string url)
    {
        foreach (var (name, client) in callers)
        {
            var (status, document) = await client.GetPageAsync(url);
            if (status == HttpStatusCode.OK || (url.StartsWith("/status/", StringComparison.Ordinal) && document.Title is { Length: > 0 }))
            {
                return (name, document);
            }
        }
        return ("nobody", null);
    }

    /// <summary>A table of the page that is not inside a focusable region named by the table's caption.</summary>
    private static IEnumerable<string> TableProblems(IDocument document)
    {
        foreach (var table in document.QuerySelectorAll("main table"))
        {
            var region = table.ParentElement;
            var caption = table.QuerySelector("caption");
            if (caption is null || string.IsNullOrWhiteSpace(caption.TextContent))
            {
                yield return $"a table without a caption ({table.Id})";
            }
            else if (region is null || !region.ClassList.Contains("table-region") || region.GetAttribute("role") != "region"
                || region.GetAttribute("tabindex") != "0" || region.GetAttribute("aria-labelledby") != caption.Id)
            {
                yield return $"the table \"{caption.TextContent.Trim()}\" is not in a focusable region named by its caption";
            }
        }
    }
}
