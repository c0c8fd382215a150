using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Programme.Import;

/// <summary>
/// An organizer imports sessions from a sheet in Chromium: a sheet with a double-booked hall and an unknown person is
/// refused with both named and nothing saved; the corrected sheet is previewed, then imported. axe checks every page.
/// </summary>
public sealed class ProgrammeImportBrowserTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("en-US", "Opening remarks", "Import these 2 sessions")]
    [InlineData("ko-KR", "개회사", "세션 2개 가져오기")]
    public async Task An_organizer_uploads_a_sheet_sees_its_problems_then_previews_and_imports_the_corrected_one(string locale, string openingTitle, string importButton)
    {
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        var eventId = await app.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        var speaker = await app.WithDbAsync(db => db.People.Where(p => p.Sessions.Any(s => s.Session.EventId == eventId))
            .OrderBy(p => p.Id).Select(p => p.RomanizedName).FirstAsync());
        var tag = locale[..2];
        // Each language's run books its own evening hour, so the two runs do not clash with each other.
        var (from, to, shortTo) = tag == "ko" ? ("22:00", "23:00", "22:45") : ("21:00", "22:00", "21:45");
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = locale });
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
        var ws = new WorkspacePages(page, app.BaseAddress);

        await ws.OpenAsync($"/organizer/events/{eventId}/sessions{(tag == "ko" ? "?culture=ko" : "")}");
        await page.Locator($"a[href='/organizer/events/{eventId}/sessions/import']").ClickAsync();
        await page.WaitForURLAsync(new Regex("/sessions/import$"));
        await CheckAsync(page, $"import-01-form-{tag}");

        var before = await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.EventId == eventId));
        await UploadAsync(page, "bad.csv", ProgrammeSheets.Csv(
            $"Panel,Evening panel {tag},,,,2023-11-08,{from},{to},Main hall,{speaker},,,yes",
            $"Panel,Clashing panel {tag},,,,2023-11-08,09:45,10:15,Main hall,,,,yes",
            $"SideMeeting,Unknown guest {tag},,,,2023-11-08,{from},{shortTo},Meeting room,Nobody Atall,,,yes"));
        var refused = await page.Locator("#import-errors").InnerTextAsync();
        Assert.Contains(openingTitle, refused);
        Assert.Contains("Nobody Atall", refused);
        Assert.Equal(0, await page.Locator("main form[action*='handler=Import']").CountAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.EventId == eventId)));
        await CheckAsync(page, $"import-02-errors-{tag}");

        await UploadAsync(page, "good.csv", ProgrammeSheets.Csv(
            $"Panel,Evening panel {tag},,,,2023-11-08,{from},{to},Main hall,{speaker},,,yes",
            $"SideMeeting,Late meeting {tag},,,,2023-11-08,{from},{shortTo},Meeting room,,,,no"));
        var preview = await page.Locator("#import-preview").InnerTextAsync();
        Assert.Contains($"Evening panel {tag}", preview);
        Assert.Contains($"Late meeting {tag}", preview);
        Assert.Equal(before, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.EventId == eventId)));
        await CheckAsync(page, $"import-03-preview-{tag}");

        await page.GetByRole(AriaRole.Button, new() { Name = importButton }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Contains("2", await page.Locator("main p.notice[role='status']").InnerTextAsync());
        Assert.Equal(before + 2, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.EventId == eventId)));
        await CheckAsync(page, $"import-04-imported-{tag}");

        // A visitor sees the published row on the agenda; the row imported as a draft stays with the organizers.
        await using (var visitor = await chromium.Browser.NewContextAsync(new() { Locale = locale }))
        {
            var visitorPage = await visitor.NewPageAsync();
            await visitorPage.GotoAsync(new Uri(app.BaseAddress, $"/events/{eventId}/agenda").ToString());
            var agenda = await visitorPage.Locator("main").InnerTextAsync();
            Assert.Contains($"Evening panel {tag}", agenda);
            Assert.DoesNotContain($"Late meeting {tag}", agenda);
        }

        // The corrected sheet again: every row now clashes with the sessions it created, and the other session is named.
        await ws.OpenAsync($"/organizer/events/{eventId}/sessions/import");
        await UploadAsync(page, "good.csv", ProgrammeSheets.Csv($"Panel,Evening panel again {tag},,,,2023-11-08,{from},{to},Main hall,,,,yes"));
        Assert.Contains($"Evening panel {tag}", await page.Locator("#import-errors").InnerTextAsync());
    }

    private static async Task UploadAsync(IPage page, string name, byte[] content)
    {
        await page.Locator("input[type='file'][name='file']").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = content });
        await page.Locator("main form[enctype='multipart/form-data'] button[type='submit']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        await Screenshots.TakeAsync(page, name);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }
}
