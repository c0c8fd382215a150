using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>An exhibitor's lead scanner, driven as a keyboard-wedge scanner drives it: type the badge code, press Enter.</summary>
public sealed class LeadScannerPage(IPage page) : PublicPage(page)
{
    /// <summary>Opens the scanner from "My booth", reached from the account navigation.</summary>
    public static async Task<LeadScannerPage> OpenFromMyBoothAsync(IPage page, Uri baseAddress, int exhibitorId)
    {
        await page.GotoAsync(new Uri(baseAddress, "/").ToString());
        var scanner = new LeadScannerPage(page);
        await scanner.FollowAsync(page.Locator("a[href='/exhibitors/mine']"));
        await scanner.FollowAsync(page.Locator($"main a[href='/exhibitors/{exhibitorId}/scan']"));
        // The scanner script is running once it has said how many scans wait.
        await Assertions.Expect(page.Locator("#sync-state")).Not.ToBeEmptyAsync();
        return scanner;
    }

    public ILocator Status => Page.Locator("#scan-status");

    public Task<int> PendingAsync() =>
        Page.Locator("#sync-state").GetAttributeAsync("data-pending").ContinueWith(t => int.Parse(t.Result ?? "0", System.Globalization.CultureInfo.InvariantCulture));

    public async Task ScanAsync(string token, string? notes = null, string? rating = null)
    {
        if (notes is not null)
        {
            await Page.Locator("textarea[name='Notes']").FillAsync(notes);
        }
        if (rating is not null)
        {
            await Page.Locator("select[name='Rating']").SelectOptionAsync(rating);
        }
        var box = Page.Locator("input[name='Token']");
        await box.FocusAsync();
        await box.PressSequentiallyAsync(token);
        await box.PressAsync("Enter");
        await Assertions.Expect(box).ToHaveValueAsync("");
    }

    public async Task WaitForPendingAsync(int count) =>
        await Assertions.Expect(Page.Locator("#sync-state")).ToHaveAttributeAsync("data-pending", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
