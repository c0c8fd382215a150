using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser;

/// <summary>
/// WCAG 1.4.10 in the browser: a 320 CSS-pixel-wide window (a 1280 px window at 400 % zoom, or 640 px at 200 %) must
/// not need sideways scrolling of the page, and labels must wrap between words, never inside one.
/// </summary>
public static class Reflow
{
    public const int NarrowWidth = 320;

    public static Task<IBrowserContext> NarrowContextAsync(IBrowser browser, string locale = "en-US") =>
        browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = NarrowWidth, Height = 900 } });

    /// <summary>Fails when the page is wider than the window, naming the elements that stick out.</summary>
    public static async Task AssertNoHorizontalPageScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        if (scrollWidth <= clientWidth)
        {
            return;
        }
        var culprits = await page.EvaluateAsync<string[]>(@"() => {
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-region'))
                .slice(0, 15)
                .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).replace(/ /g, '.') : ''} right=${Math.round(e.getBoundingClientRect().right)}`);
        }");
        Assert.Fail($"{page.Url} scrolls sideways at {clientWidth} px: the page is {scrollWidth} px wide.\n  " + string.Join("\n  ", culprits));
    }

    /// <summary>
    /// Words of the matching elements that the browser split across two lines ("Co/un/tr/y"). Words with a hyphen or a
    /// slash may break there and are left out.
    /// </summary>
    public static Task<string[]> BrokenWordsAsync(IPage page, string selector) =>
        page.EvaluateAsync<string[]>(@"selector => {
            const broken = [];
            for (const element of document.querySelectorAll(selector)) {
                if (element.closest('[hidden], .visually-hidden, .default-action')) continue;
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const match of node.nodeValue.matchAll(/[^\s\-\/–]+/g)) {
                        const range = document.createRange();
                        range.setStart(node, match.index);
                        range.setEnd(node, match.index + match[0].length);
                        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                        if (tops.size > 1) broken.push(`${match[0]} (in ${element.tagName.toLowerCase()})`);
                    }
                }
            }
            return broken;
        }", selector);
}
