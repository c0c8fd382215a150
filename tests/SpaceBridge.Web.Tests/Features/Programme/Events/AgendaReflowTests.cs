using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;

namespace SpaceBridge.Web.Tests.Features.Programme.Events;

/// <summary>
/// The public agenda in Chromium at 320 CSS pixels (400 % zoom of a 1280 px window): the filter fieldset and its
/// "Apply filters" button fit, nothing scrolls the page sideways, labels wrap between words. Screenshot and axe check.
/// </summary>
public class AgendaReflowTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_agenda_fits_a_320_pixel_screen_without_sideways_scrolling(string culture)
    {
        var eventId = await app.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        await using var context = await Reflow.NarrowContextAsync(chromium.Browser);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(app.BaseAddress, $"/events/{eventId}/agenda?culture={culture}").ToString());

        await Reflow.AssertNoHorizontalPageScrollAsync(page);
        var apply = page.Locator("form.filters button[type='submit']");
        var box = await apply.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= Reflow.NarrowWidth, $"the filter button spans {box.X}..{box.X + box.Width} px");
        var fieldset = await page.Locator("form.filters fieldset").BoundingBoxAsync();
        Assert.True(fieldset!.Width <= Reflow.NarrowWidth, $"the filter fieldset is {fieldset.Width} px wide");
        Assert.Empty(await Reflow.BrokenWordsAsync(page, "main button, main label, main legend, main th, main h1, main h2"));
        await Screenshots.TakeAsync(page, $"reflow-320-agenda-{culture}");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }
}
