using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Features.Badges;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.CheckIn;

/// <summary>
/// From sign-up to the registration desk in Chromium: a new user signs up, confirms the e-mail from the pickup
/// folder and registers for the 8 Nov symposium; an organizer approves; the QR code read from the badge PDF is
/// typed into the desk like a scanner would, accepted once and refused the second time with the first check-in's time.
/// </summary>
public class BadgeCheckInJourneyTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_new_participants_badge_is_checked_in_once_and_the_second_scan_shows_the_first_time()
    {
        var eventId = await app.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        const string email = "haneul.kim@example.org";
        const string password = "Launch-Window-2023!";
        var organizer = await app.CreateUserAsync("desk.lead@example.org", administrator: false, new TestForumRole(ForumRole.Organizer));

        // The participant signs up, confirms the address from the e-mail, signs in and registers.
        await using var participantContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var participant = await participantContext.NewPageAsync();
        var account = new AccountPages(participant, app.BaseAddress);
        await account.SignUpAsync(email, "Kim Haneul", password);
        await CheckAsync(participant, "badge-01-check-email");
        await account.ConfirmAsync(MailPickup.LinkIn(MailPickup.RequireLatestFor(app, email), "/account/confirm-email"));
        await CheckAsync(participant, "badge-02-confirmed");
        await account.SignInAsync(email, password);
        var registration = new RegistrationPages(participant, app.BaseAddress);
        await registration.RegisterAsync(eventId, "김하늘", "KIM Haneul", "Korea Aerospace Industries", "KR");
        await CheckAsync(participant, "badge-03-my-registrations");
        var registrationId = await app.WithDbAsync(db => db.Registrations.Where(r => r.Email == email).Select(r => r.Id).SingleAsync());

        // An organizer approves it from the review queue.
        await using var organizerContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var desk = await organizerContext.NewPageAsync();
        await new AccountPages(desk, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
        var review = new RegistrationPages(desk, app.BaseAddress);
        await review.OpenReviewQueueAsync(eventId);
        await CheckAsync(desk, "badge-04-review-queue");
        await review.ApproveAsync(registrationId);
        await CheckAsync(desk, "badge-05-approved");
        Assert.Equal(RegistrationStatus.Approved,
            await app.WithDbAsync(db => db.Registrations.Where(r => r.Id == registrationId).Select(r => r.Status).SingleAsync()));

        // The participant downloads the badge; its QR code is read back from the PDF's image.
        var download = await participantContext.APIRequest.GetAsync(new Uri(app.BaseAddress, $"/registrations/{registrationId}/badge.pdf").ToString());
        Assert.Equal(200, download.Status);
        Assert.Equal("application/pdf", download.Headers["content-type"]);
        var scanned = Assert.Single(Assert.Single(PdfInspector.QrCodesByPage(await download.BodyAsync())));

        // The desk scans it twice.
        var checkIn = await CheckInDeskPage.OpenFromOrganizerPageAsync(desk, app.BaseAddress, eventId);
        await CheckAsync(desk, "badge-06-desk");
        await checkIn.SetDeskAsync("Lobby 1");
        await desk.Locator("input[name='Token']").FocusAsync();
        var first = await checkIn.ScanAsync(scanned);
        Assert.Contains("Checked in: 김하늘 (KIM Haneul)", first);
        await CheckAsync(desk, "badge-07-checked-in");
        var second = await checkIn.ScanAsync(scanned);
        await CheckAsync(desk, "badge-08-already");

        var stored = await app.WithDbAsync(db => db.CheckIns.Where(c => c.RegistrationId == registrationId).ToListAsync());
        var row = Assert.Single(stored);
        var seoul = TimeZoneInfo.ConvertTimeFromUtc(row.AtUtc, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"));
        Assert.Contains($"already checked in at {seoul.ToString("HH:mm", CultureInfo.InvariantCulture)} (Asia/Seoul) by desk.lead at desk Lobby 1", second);
        Assert.Equal(organizer.Id, row.ByUserId);

        // Attendance shows the check-in; the first session's door counts the same badge in.
        var attendance = await AttendancePage.OpenFromOrganizerPageAsync(desk, app.BaseAddress, eventId);
        Assert.Equal("1 of 1 approved participants checked in.", await attendance.SummaryAsync());
        await CheckAsync(desk, "badge-09-attendance");
        var door = await attendance.OpenFirstSessionDoorAsync();
        Assert.Contains("Counted in: 김하늘 (KIM Haneul)", await door.ScanAsync(scanned));
        await CheckAsync(desk, "badge-10-session-door");
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.cssRules.length > 0)"),
            $"no stylesheet applied on {page.Url}");
        await Screenshots.TakeAsync(page, name);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }
}
