using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Registrations.Review;

/// <summary>The organizers' review queue in Chromium: at 320 CSS pixels, and with the keyboard in its reason box.</summary>
public class ReviewQueueBrowserTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_review_queue_fits_a_320_pixel_screen_its_tables_scroll_in_their_own_regions(string culture)
    {
        var eventId = await EventIdAsync();
        await app.RegisterAsync(eventId, "PARK Ji-hyun", "박지현", ParticipantType.Government, status: RegistrationStatus.Submitted,
            organization: "Korea Aerospace Research Institute, Satellite Operations Division");
        await app.RegisterAsync(eventId, "Christopher Montgomery-Whitfield", type: ParticipantType.Exhibitor, country: "US",
            status: RegistrationStatus.Submitted, organization: "Pacific Launch Systems International Incorporated");
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer));
        await using var context = await Reflow.NarrowContextAsync(chromium.Browser);
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
        var review = new RegistrationPages(page, app.BaseAddress);

        await review.OpenReviewQueueAsync(eventId, culture);

        await Reflow.AssertNoHorizontalPageScrollAsync(page);
        Assert.Empty(await Reflow.BrokenWordsAsync(page, "main button, main label, main legend, main th, main dt, main h1, main h2"));
        // The wide table scrolls inside its region, which has a name and takes keyboard focus.
        var region = page.Locator("#review .table-region").First;
        Assert.Equal("region", await region.GetAttributeAsync("role"));
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
        var caption = await region.GetAttributeAsync("aria-labelledby");
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator($"[id='{caption}']").TextContentAsync()));
        Assert.True(await region.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth"), "the queue's table should scroll within its region at 320 px");
        await Screenshots.TakeAsync(page, $"reflow-320-review-queue-{culture}");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task At_1280_pixels_no_column_header_of_the_queue_breaks_inside_a_word(string culture)
    {
        var eventId = await EventIdAsync();
        await app.RegisterAsync(eventId, "Alexandra Konstantinopoulou-Richardson", type: ParticipantType.Exhibitor, country: "US",
            status: RegistrationStatus.Submitted, organization: "International Consortium for Commercial Lunar Surface Operations and Logistics");
        await app.RegisterAsync(eventId, "NAMGUNG Seo-yeon", "남궁서연", ParticipantType.Government, status: RegistrationStatus.Submitted,
            organization: "Korea Aerospace Research Institute, Satellite Operations Division");
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer));
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = culture == "ko" ? "ko-KR" : "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
        await new RegistrationPages(page, app.BaseAddress).OpenReviewQueueAsync(eventId, culture);

        Assert.True(await page.Locator("main th").CountAsync() > 0);
        Assert.Empty(await Reflow.BrokenWordsAsync(page, "main th"));
        // No header's text is wider than its cell (clipped or spilling over the next one).
        var overflowing = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main th')].filter(th => th.scrollWidth > th.clientWidth + 1).map(th => th.textContent.trim())");
        Assert.Empty(overflowing);
        await Screenshots.TakeAsync(page, $"review-queue-1280-{culture}");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Enter_in_the_reason_box_approves_no_one_and_keeps_what_was_ticked_and_typed()
    {
        var eventId = await EventIdAsync();
        var person = await app.RegisterAsync(eventId, "Enter Tester", status: RegistrationStatus.Submitted, organization: "Orbit Works");
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer));
        var before = await SnapshotAsync(eventId);
        var mailBefore = MailCount();
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
        var review = new RegistrationPages(page, app.BaseAddress);
        await review.OpenReviewQueueAsync(eventId, "en");

        await review.TypeReasonAndPressEnterAsync(person.Id, "The delegation list is full");

        Assert.Equal(before, await SnapshotAsync(eventId));
        Assert.Equal(mailBefore, MailCount());
        Assert.StartsWith("Error: ", await page.TitleAsync());
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Contains("Nothing was changed", await page.Locator("#error-summary").InnerTextAsync());
        Assert.True(await page.Locator($"#select-{person.Id}").IsCheckedAsync());
        Assert.Equal("The delegation list is full", await page.Locator("#review input[name='reason']").InputValueAsync());
        await Screenshots.TakeAsync(page, "review-enter-in-reason");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);

        // The decision the organizer meant still works with its button.
        await review.DeclineSelectedAsync();
        var declined = await app.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == person.Id));
        Assert.Equal(RegistrationStatus.Rejected, declined.Status);
        Assert.Equal("The delegation list is full", declined.StatusReason);
    }

    private Task<int> EventIdAsync() =>
        app.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());

    /// <summary>Every registration of the event with its status and version, and the audit trail's length.</summary>
    private Task<string> SnapshotAsync(int eventId) =>
        app.WithDbAsync(async db =>
        {
            var rows = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.Id)
                .Select(r => $"{r.Id}:{r.Status}:{r.Version}:{r.StatusReason}").ToListAsync();
            return $"{string.Join(",", rows)} audit={await db.AuditEntries.CountAsync()}";
        });

    private int MailCount() =>
        System.IO.Directory.Exists(MailPickup.Folder(app)) ? System.IO.Directory.GetFiles(MailPickup.Folder(app), "*.eml").Length : 0;
}
