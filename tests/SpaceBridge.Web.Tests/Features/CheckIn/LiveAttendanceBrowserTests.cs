using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.CheckIn;

/// <summary>
/// The live attendance page in Chromium with the page's clock under the test's control: the figures change in place
/// while a link keeps the keyboard focus, only the total is a (polite) live region, and the pause button stops the
/// updates until it is pressed again (WCAG 2.2.2).
/// </summary>
public class LiveAttendanceBrowserTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Figures_update_without_taking_focus_and_stop_while_paused()
    {
        var eventId = await app.EventIdAsync("emerging");
        var first = await app.RegisterAsync(eventId, "Live One");
        var second = await app.RegisterAsync(eventId, "Live Two");
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer));
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
        await page.Clock.InstallAsync();
        var attendance = await AttendancePage.OpenFromOrganizerPageAsync(page, app.BaseAddress, eventId);
        var polls = 0;
        page.Request += (_, request) => polls += request.Url.EndsWith($"/organizer/events/{eventId}/attendance", StringComparison.Ordinal) ? 1 : 0;

        Assert.Equal("polite", await page.Locator("#attendance-summary").EvaluateAsync<string>("e => e.closest('[aria-live]').getAttribute('aria-live')"));
        Assert.Equal(1, await page.Locator("#attendance-live [aria-live]").CountAsync());
        var pause = page.Locator("#attendance-pause");
        await Assertions.Expect(pause).ToBeVisibleAsync();
        var door = page.Locator("main a[href^='/organizer/sessions/']").First;
        var doorHref = await door.GetAttributeAsync("href");
        await door.FocusAsync();

        await CheckInAsync(eventId, first, organizer);
        await page.Clock.RunForAsync(16_000);
        await Assertions.Expect(page.Locator("#attendance-summary")).ToHaveTextAsync(new Regex(@"^1 of \d+ approved participants checked in"));
        Assert.Equal(doorHref, await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')"));
        await Screenshots.TakeAsync(page, "attendance-live-updated");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);

        await pause.ClickAsync();
        await Assertions.Expect(pause).ToHaveTextAsync("Resume updates");
        await Assertions.Expect(page.Locator("#attendance-state")).ToContainTextAsync("paused");
        var pollsWhenPaused = polls;
        await CheckInAsync(eventId, second, organizer);
        await page.Clock.RunForAsync(60_000);
        Assert.Equal(pollsWhenPaused, polls);
        Assert.StartsWith("1 of", await attendance.SummaryAsync());
        await Screenshots.TakeAsync(page, "attendance-live-paused");

        await pause.ClickAsync();
        await Assertions.Expect(page.Locator("#attendance-summary")).ToHaveTextAsync(new Regex(@"^2 of \d+ approved participants checked in"));
        Assert.True(polls > pollsWhenPaused);
    }

    private Task CheckInAsync(int eventId, Registration registration, TestUser by) =>
        app.WithDbAsync(async db =>
        {
            db.CheckIns.Add(new Web.Features.CheckIn.CheckIn { EventId = eventId, RegistrationId = registration.Id, AtUtc = DateTime.UtcNow, ByUserId = by.Id, Desk = "Live" });
            return await db.SaveChangesAsync();
        });
}
