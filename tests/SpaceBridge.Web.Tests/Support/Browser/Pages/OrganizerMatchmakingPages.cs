using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>The organizer's matchmaking page of an event and the review page of a schedule run.</summary>
public sealed class OrganizerMatchmakingPages(IPage page, Uri baseAddress, int eventId) : PublicPage(page)
{
    public async Task OpenAsync()
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/organizer/events/{eventId}/matchmaking").ToString());
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Saves the meeting blocks ("yyyy-MM-dd HH:mm-HH:mm" in event time), the slot length and the number of tables.</summary>
    public async Task SaveSettingsAsync(string blocks, int slotMinutes, int tables)
    {
        await Page.Locator("#settings textarea[name='Input.Blocks']").FillAsync(blocks);
        await Page.Locator("#settings input[name='Input.SlotMinutes']").FillAsync(slotMinutes.ToString());
        await Page.Locator("#settings input[name='Input.Tables']").FillAsync(tables.ToString());
        await Page.Locator("#settings button[type='submit']").ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(Page.Locator("main p.notice[role='status']")).ToBeVisibleAsync();
    }

    /// <summary>Starts a full run and lands on its review page; returns the run id.</summary>
    public async Task<int> StartFullRunAsync(int timeLimitSeconds)
    {
        await Page.Locator("#run input#timeLimitSeconds").FillAsync(timeLimitSeconds.ToString());
        await Page.Locator("#run button[name='kind'][value='Full']").ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/matchmaking/runs/\d+$"));
        return int.Parse(Regex.Match(Page.Url, @"/runs/(\d+)$").Groups[1].Value);
    }

    /// <summary>Waits on the review page until the progress bar's script reloads it with the finished run.</summary>
    public async Task<int> WaitForRunAsync(TimeSpan timeout)
    {
        await Assertions.Expect(Page.Locator("#run-progress")).ToHaveAttributeAsync("data-finished", "true", new() { Timeout = (float)timeout.TotalMilliseconds });
        return int.Parse(await Page.Locator("#run-bar").GetAttributeAsync("value") ?? "0");
    }

    public async Task PublishAsync()
    {
        await Page.Locator("#publish button[type='submit']").ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(Page.Locator("#published-note")).ToBeVisibleAsync();
    }

    /// <summary>The review page's schedule rows: (slot, table, meeting).</summary>
    public async Task<List<string[]>> ScheduleRowsAsync()
    {
        var rows = new List<string[]>();
        foreach (var row in await Page.Locator("#schedule tbody tr").AllAsync())
        {
            rows.Add((await row.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToArray());
        }
        return rows;
    }
}
