using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>An event's live attendance, and from it the door page of a session.</summary>
public sealed class AttendancePage(IPage page) : PublicPage(page)
{
    public static async Task<AttendancePage> OpenFromOrganizerPageAsync(IPage page, Uri baseAddress, int eventId)
    {
        await page.GotoAsync(new Uri(baseAddress, "/organizer").ToString());
        var attendance = new AttendancePage(page);
        await attendance.FollowAsync(page.Locator($"main a[href='/organizer/events/{eventId}/attendance']"));
        return attendance;
    }

    public Task<string> SummaryAsync() => Page.Locator("#attendance-summary").InnerTextAsync();

    /// <summary>Opens the door page of the first session in the list; the desk page object drives its form too.</summary>
    public async Task<CheckInDeskPage> OpenFirstSessionDoorAsync()
    {
        await FollowAsync(Page.Locator("main a[href^='/organizer/sessions/']").First);
        return new CheckInDeskPage(Page);
    }
}
