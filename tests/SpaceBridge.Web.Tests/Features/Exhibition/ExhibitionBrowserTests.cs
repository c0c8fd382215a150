using Microsoft.Playwright;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;

namespace SpaceBridge.Web.Tests.Features.Exhibition;

/// <summary>The public hall plan and the organizers' booth editor in Chromium: accessible, readable at 320 px, the preview following the form.</summary>
public class ExhibitionBrowserTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("ko-KR")]
    public async Task The_public_exhibition_page_is_accessible_and_fits_a_narrow_screen(string locale)
    {
        var eventId = await app.EventIdAsync();
        await using var context = await Reflow.NarrowContextAsync(chromium.Browser, locale);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, $"/events/{eventId}/exhibition").ToString());

        var plan = page.Locator("svg.hall-plan");
        Assert.Equal("img", await plan.GetAttributeAsync("role"));
        Assert.Equal(10, await plan.Locator("g.booth > title").CountAsync());
        await Assertions.Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(10);
        await Reflow.AssertNoHorizontalPageScrollAsync(page);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, $"exhibition-public-{locale}");
    }

    [Fact]
    public async Task The_editor_preview_follows_the_form_and_an_overlapping_booth_is_refused_at_its_field()
    {
        var eventId = await app.EventIdAsync();
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        await new Support.Browser.Pages.AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
        await page.GotoAsync(new Uri(app.BaseAddress, "/organizer").ToString());
        await page.Locator($"main a[href='/organizer/events/{eventId}/exhibition']").ClickAsync();
        await page.WaitForURLAsync($"**/organizer/events/{eventId}/exhibition");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);

        await page.Locator("input[name='Booth.Code']").FillAsync("Z1");
        await page.Locator("input[name='Booth.X']").FillAsync("4");
        await page.Locator("input[name='Booth.Y']").FillAsync("3");
        var draft = page.Locator("#hall-preview .booth.draft rect");
        await Assertions.Expect(draft).ToHaveAttributeAsync("x", "4");
        await Assertions.Expect(draft).ToHaveAttributeAsync("y", "3");
        await page.Locator("form[data-booth-form] button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("overlaps booth A1");
        await Assertions.Expect(page.Locator("input[name='Booth.X']")).ToHaveAttributeAsync("aria-invalid", "true");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "exhibition-editor-refused");
    }
}
