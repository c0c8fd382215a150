using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>One session with its people and a link to its calendar file.</summary>
public sealed class SessionPage(IPage page, int sessionId) : PublicPage(page)
{
    public int SessionId { get; } = sessionId;

    /// <summary>Clicks the session's .ics link and returns the downloaded file's text.</summary>
    public async Task<(string FileName, string Content)> DownloadCalendarAsync()
    {
        var link = Page.Locator($"main a[href='/sessions/{SessionId}.ics']").First;
        var download = await Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllTextAsync(path));
    }
}
