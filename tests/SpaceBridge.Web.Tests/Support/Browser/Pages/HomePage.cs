using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>The home page: the forum and its events.</summary>
public sealed class HomePage(IPage page) : PublicPage(page)
{
    public static async Task<HomePage> OpenAsync(IPage page, Uri baseAddress)
    {
        await page.GotoAsync(new Uri(baseAddress, "/").ToString());
        return new HomePage(page);
    }

    public async Task<HomePage> SwitchToKoreanAsync()
    {
        await SwitchToKoreanCoreAsync();
        return this;
    }

    public async Task<AgendaPage> OpenAgendaAsync(int eventId)
    {
        await FollowAsync(Page.Locator($"main a[href='/events/{eventId}/agenda']").First);
        return new AgendaPage(Page);
    }
}
