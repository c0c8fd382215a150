using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>A delegate's meeting pages of an event: the request form, My meetings and the personal agenda.</summary>
public sealed class MeetingPages(IPage page, Uri baseAddress, int eventId) : PublicPage(page)
{
    /// <summary>Opens My meetings, follows the navigation to the request form and sends a request to the registration.</summary>
    public async Task RequestAsync(int toRegistrationId, string message)
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/events/{eventId}/meetings").ToString());
        await FollowAsync(Page.Locator($"main nav a[href='/events/{eventId}/meetings/request']"));
        await Page.Locator("select#to").SelectOptionAsync(toRegistrationId.ToString());
        await Page.Locator("textarea#message").FillAsync(message);
        await Page.Locator("main form button[type='submit']").ClickAsync();
        await Page.WaitForURLAsync(new Regex($"/events/{eventId}/meetings$"));
    }

    public async Task OpenMyMeetingsAsync()
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/events/{eventId}/meetings").ToString());
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Accepts the only pending incoming request on My meetings.</summary>
    public async Task AcceptOnlyIncomingAsync()
    {
        var accept = Page.Locator("main article.meeting-request form[action*='handler=Accept'] button[type='submit']");
        await accept.ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(accept).ToHaveCountAsync(0);
    }

    public async Task OpenAgendaAsync()
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/events/{eventId}/my-agenda").ToString());
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    public Task SwitchToKoreanAsync() => SwitchToKoreanCoreAsync();

    /// <summary>The agenda's meeting rows: (time, table, counterpart).</summary>
    public async Task<List<(string Time, string Location, string Counterpart)>> AgendaMeetingsAsync()
    {
        var rows = new List<(string, string, string)>();
        foreach (var row in await Page.Locator("main tr.meeting").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            rows.Add((cells[0].Trim(), cells[1].Trim(), cells[2].Trim()));
        }
        return rows;
    }
}
