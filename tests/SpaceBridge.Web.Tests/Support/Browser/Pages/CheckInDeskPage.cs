using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>The registration desk, driven as a keyboard-wedge scanner drives it: type the code, press Enter.</summary>
public sealed class CheckInDeskPage(IPage page) : PublicPage(page)
{
    public static async Task<CheckInDeskPage> OpenFromOrganizerPageAsync(IPage page, Uri baseAddress, int eventId)
    {
        await page.GotoAsync(new Uri(baseAddress, "/organizer").ToString());
        var desk = new CheckInDeskPage(page);
        await desk.FollowAsync(page.Locator($"main a[href='/organizer/events/{eventId}/check-in']"));
        return desk;
    }

    public async Task SetDeskAsync(string desk) => await Page.Locator("input[name='Desk']").FillAsync(desk);

    /// <summary>Scans a badge and returns the result shown once it changes.</summary>
    public async Task<string> ScanAsync(string token)
    {
        var result = Page.Locator("#scan-result");
        var before = await result.InnerTextAsync();
        var box = Page.Locator("input[name='Token']");
        Assert.True(await box.EvaluateAsync<bool>("e => e === document.activeElement"), "the badge box should have the focus");
        await box.PressSequentiallyAsync(token);
        await box.PressAsync("Enter");
        await Page.WaitForFunctionAsync(
            "before => { const t = document.getElementById('scan-result').innerText.trim(); return t.length > 0 && t !== before.trim(); }",
            before);
        return await result.InnerTextAsync();
    }
}
