using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Interpreters;

/// <summary>
/// The interpreter pools page and a demo run that uses interpreters, in Chromium: the organizer follows the link from the
/// matchmaking page, adds a pool at 320 px in Korean, runs the demo symposium's schedule and reads which meetings have an interpreter.
/// </summary>
public class InterpreterPagesBrowserTests(KestrelMatchmakingDemoFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelMatchmakingDemoFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task The_organizer_adds_a_pool_and_the_demo_run_shows_the_meetings_with_an_interpreter()
    {
        var eventId = await app.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer));
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
        var matchmaking = new OrganizerMatchmakingPages(page, app.BaseAddress, eventId);

        await matchmaking.OpenAsync();
        await page.Locator("#interpreters-link").ClickAsync();
        await page.WaitForURLAsync($"**/organizer/events/{eventId}/matchmaking/interpreters");
        // The demo's two pools.
        Assert.Equal(2, await page.Locator("#pools tbody tr").CountAsync());
        await page.Locator("#pool-form select[name='Input.LanguageA']").SelectOptionAsync("ja");
        await page.Locator("#pool-form select[name='Input.LanguageB']").SelectOptionAsync("ja");
        await page.Locator("#pool-form button[type='submit']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.LanguageB']")).ToContainTextAsync("Choose two different languages.");
        await page.Locator("#pool-form select[name='Input.LanguageB']").SelectOptionAsync("en");
        await page.Locator("#pool-form input[name='Input.Count']").FillAsync("2");
        await page.Locator("#pool-form button[type='submit']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator("#interpreters-status")).ToContainTextAsync("Japanese");
        Assert.Equal(3, await page.Locator("#pools tbody tr").CountAsync());
        await Screenshots.TakeAsync(page, "interpreters-pools-en");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);

        await matchmaking.OpenAsync();
        await matchmaking.StartFullRunAsync(timeLimitSeconds: 2);
        Assert.Equal(100, await matchmaking.WaitForRunAsync(TimeSpan.FromSeconds(45)));
        var interpreted = await page.Locator("#schedule td[data-interpreter='ko-en'], #schedule td[data-interpreter='ko-es']").AllInnerTextsAsync();
        Assert.NotEmpty(interpreted);
        Assert.All(interpreted, text => Assert.StartsWith("Korean – ", text));
        Assert.Equal(interpreted.Count.ToString(), (await page.Locator("#stat-interpreted").InnerTextAsync()).Trim());
        await Screenshots.TakeAsync(page, "interpreters-run-en");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(page.Url + "?culture=ko");
        await Assertions.Expect(page.Locator("#schedule")).ToContainTextAsync("한국어 – 영어");
        await Screenshots.TakeAsync(page, "interpreters-run-ko");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_pools_page_fits_a_320_pixel_screen(string culture)
    {
        var eventId = await app.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer));
        await using var context = await Reflow.NarrowContextAsync(chromium.Browser);
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);

        await page.GotoAsync(new Uri(app.BaseAddress, $"/organizer/events/{eventId}/matchmaking/interpreters?culture={culture}").ToString());

        Assert.Equal(culture == "ko" ? "미팅 통역사" : "Interpreters for meetings", (await page.Locator("h1").InnerTextAsync()).Split(':')[0]);
        await Reflow.AssertNoHorizontalPageScrollAsync(page);
        // The demo's pools (and the one another test may have added) fit: their table does not even scroll inside its region.
        Assert.InRange(await page.Locator("#pools tbody tr").CountAsync(), 2, 3);
        Assert.True(await page.Locator("#pools").EvaluateAsync<bool>("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth"),
            "the pools table should fit 320 px");
        await Screenshots.TakeAsync(page, $"reflow-320-interpreters-{culture}");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }
}
