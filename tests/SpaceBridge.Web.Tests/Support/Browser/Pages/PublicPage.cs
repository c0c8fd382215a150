using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>What every public page has: the layout's language switch and the page language.</summary>
public abstract class PublicPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The html element's lang attribute, e.g. "en" or "ko".</summary>
    public async Task<string> LanguageAsync() => await Page.Locator("html").GetAttributeAsync("lang") ?? "";

    public Task<string> MainTextAsync() => Page.Locator("main").InnerTextAsync();

    /// <summary>Follows a link and waits until the browser has loaded the page it points to.</summary>
    protected async Task FollowAsync(ILocator link)
    {
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("link without href");
        var path = href.Split('?')[0];
        await link.ClickAsync();
        await Page.WaitForURLAsync(new Regex(Regex.Escape(path) + @"(\?.*)?$"));
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Switches the site to Korean with the layout's language link (the link text is the language's own name).</summary>
    protected async Task SwitchToKoreanCoreAsync()
    {
        var link = Page.GetByRole(AriaRole.Link, new() { Name = "한국어", Exact = true });
        await link.ClickAsync();
        await Page.WaitForFunctionAsync("() => document.documentElement.lang.startsWith('ko')");
    }
}
