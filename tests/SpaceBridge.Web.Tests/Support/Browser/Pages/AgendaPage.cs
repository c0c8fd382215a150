using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>An event's agenda for one day, with its filter form (GET: topic, kind, room).</summary>
public sealed partial class AgendaPage(IPage page) : PublicPage(page)
{
    public async Task<AgendaPage> FilterByTopicAsync(string topicSlug)
    {
        var topicFilter = Page.Locator("select[name='topic']");
        var form = Page.Locator("main form", new() { Has = topicFilter });
        await form.Locator("select[name='topic']").SelectOptionAsync(topicSlug);
        await form.Locator("button[type='submit'], input[type='submit']").First.ClickAsync();
        await Page.WaitForURLAsync(new Regex($"[?&]topic={Regex.Escape(topicSlug)}(&|$)"));
        await Page.WaitForLoadStateAsync(LoadState.Load);
        return this;
    }

    /// <summary>The ids of the sessions the agenda lists, in order.</summary>
    public async Task<IReadOnlyList<int>> SessionIdsAsync()
    {
        var hrefs = await Page.Locator("main a[href^='/sessions/']")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return [.. hrefs.Select(h => SessionHref().Match(h)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).Distinct()];
    }

    public async Task<SessionPage> OpenSessionAsync(int sessionId)
    {
        await FollowAsync(Page.Locator($"main a[href='/sessions/{sessionId}']").First);
        return new SessionPage(Page, sessionId);
    }

    [GeneratedRegex(@"^/sessions/(\d+)$")]
    private static partial Regex SessionHref();
}
