using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>
/// An organizer reviews a run of the demo forum's matchmaking on a 320 px screen, in both languages: the must-meet report
/// is there, a meeting is locked with one button, the page fits the screen and passes axe.
/// </summary>
public class MeetingLockBrowserTests(KestrelMatchmakingDemoFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelMatchmakingDemoFactory>, IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("ko-KR")]
    public async Task An_organizer_locks_a_meeting_on_the_run_page_beside_the_must_meet_report(string locale)
    {
        var eventId = await app.Day1EventIdAsync();
        await app.ConfigureAsync(eventId, slots: 6, tables: 4);
        var runId = await RunAsync(eventId);
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        await using var context = await Reflow.NarrowContextAsync(chromium.Browser, locale);
        var page = await context.NewPageAsync();
        await new Support.Browser.Pages.AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);

        await page.GotoAsync(new Uri(app.BaseAddress, $"/organizer/events/{eventId}/matchmaking/runs/{runId}").ToString());
        await Assertions.Expect(page.Locator("#stat-must-meet")).ToBeVisibleAsync();
        var row = page.Locator("#schedule tr[data-locked='false']").First;
        var requestId = await row.GetAttributeAsync("data-request");
        await row.Locator("form button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Assertions.Expect(page.Locator($"#schedule tr[data-request='{requestId}'][data-locked='true']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#schedule tr[data-request='{requestId}'] form[action*='handler=Unlock']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("p.notice[role=status]")).ToBeVisibleAsync();
        // On a narrow screen the table's lock column scrolls out of sight: the locks are listed above it too.
        await Assertions.Expect(page.Locator($"#lock-list li[data-request='{requestId}'] button")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, $"meeting-lock-{locale}");
        await Reflow.AssertNoHorizontalPageScrollAsync(page);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>Queues a full run as the background worker would get it from the run page, and waits until it ends.</summary>
    private async Task<int> RunAsync(int eventId)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<ScheduleRuns>()
                .QueueAsync(eventId, ScheduleRunKind.Full, 2, MatchmakingData.Actor, CancellationToken.None);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline)
            {
                var status = await app.WithDbAsync(db => db.ScheduleRuns.Where(r => r.Id == run.Id).Select(r => r.Status).SingleAsync());
                if (status == ScheduleRunStatus.Succeeded)
                {
                    return run.Id;
                }
                Assert.NotEqual(ScheduleRunStatus.Failed, status);
                await Task.Delay(200);
            }
        }
        throw new Xunit.Sdk.XunitException("The run did not finish in time");
    }
}
