using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>Fetches a page and parses it as a browser would.</summary>
internal static class HtmlPage
{
    public static async Task<(HttpStatusCode Status, IDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, await new HtmlParser().ParseDocumentAsync(html));
    }

    public static async Task<IDocument> GetOkPageAsync(this HttpClient client, string url)
    {
        var (status, document) = await client.GetPageAsync(url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}");
        return document;
    }

    public static IReadOnlyList<string> Texts(this IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    public static Task<int> EventIdAsync(this SpaceBridgeFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync());

    public const string Day1 = DemoForumSeeder.Day1Slug;
    public const string Day2 = DemoForumSeeder.Day2Slug;
}
