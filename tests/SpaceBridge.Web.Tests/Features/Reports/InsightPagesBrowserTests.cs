using Microsoft.Playwright;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;

namespace SpaceBridge.Web.Tests.Features.Reports;

/// <summary>
/// An organizer walks from the organizer start page to the dashboard, the report and the supply-chain map of the demo
/// forum (with its matchmaking demo organizations) on a 320 px screen, in both languages: each page is reached by a link, has a title of its own, fits the
/// screen, passes axe, and shows every chart beside its table.
/// </summary>
public class InsightPagesBrowserTests(KestrelMatchmakingDemoFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelMatchmakingDemoFactory>, IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("ko-KR")]
    public async Task An_organizer_reaches_the_dashboard_the_report_and_the_supply_chain_map_by_links_and_each_fits_a_narrow_screen(string locale)
    {
        var eventId = await app.EventIdAsync();
        var forumId = await app.WithDbAsync(db => Task.FromResult(db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).Single()));
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        await using var context = await Reflow.NarrowContextAsync(chromium.Browser, locale);
        var page = await context.NewPageAsync();
        await new Support.Browser.Pages.AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);

        var titles = new HashSet<string>();
        foreach (var name in new[] { "dashboard", "report", "supply-chain" })
        {
            await page.GotoAsync(new Uri(app.BaseAddress, "/organizer").ToString());
            await page.Locator($"main a[href='/forums/{forumId}/{name}']").First.ClickAsync();
            await page.WaitForURLAsync($"**/forums/{forumId}/{name}");

            var title = await page.TitleAsync();
            Assert.False(string.IsNullOrWhiteSpace(title));
            Assert.True(titles.Add(title), $"the {name} page repeats the title \"{title}\"");
            var charts = await page.Locator("main svg").CountAsync();
            Assert.True(charts > 0, $"the {name} page draws no chart");
            if (name != "supply-chain")
            {
                // Every chart of a report section has its data table beside it.
                Assert.Equal(await page.Locator("section.report-section svg").CountAsync(), await page.Locator("section.report-section table").CountAsync());
            }
            else
            {
                // The demo forum's single-country dependencies, each with partner-country alternatives.
                await Assertions.Expect(page.Locator("li.flagged").First).ToBeVisibleAsync();
                Assert.True(await page.Locator("li.flagged li.alternative").CountAsync() > 0, "no alternative is offered for a single-country dependency");
            }
            await Reflow.AssertNoHorizontalPageScrollAsync(page);
            await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
            await Screenshots.TakeAsync(page, $"insight-{name}-{locale}");
        }
    }
}
