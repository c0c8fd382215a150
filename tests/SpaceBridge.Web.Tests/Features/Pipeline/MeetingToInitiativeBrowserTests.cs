using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Pipeline;

/// <summary>
/// A delegate turns a held meeting into an MoU initiative with the other party, a member of that party and then the
/// delegate update it, the timeline shows every change, and the organizers' pipeline counts it by country pair and by
/// stage. Every page visited is checked with axe.
/// </summary>
public sealed class MeetingToInitiativeBrowserTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_held_meeting_becomes_an_MoU_both_parties_update_and_the_organizers_pipeline_counts_it_by_country_pair()
    {
        var (forumId, eventId) = await app.WithDbAsync(async db => await db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug)
            .Select(e => new { e.ForumId, e.Id }).SingleAsync() is var e ? (e.ForumId, e.Id) : default);
        var ann = await app.CreateUserAsync(new TestForumRole(ForumRole.Delegate));
        var kim = await app.CreateUserAsync(new TestForumRole(ForumRole.Delegate));
        var annRegistration = await app.MemberAsync(eventId, "Ann Carter", "COMSPOC", ann.Id, ann.Email);
        var kimRegistration = await app.MemberAsync(eventId, "Kim Jiwoo", "MSIT", kim.Id, kim.Email);
        var meetingId = await app.HeldMeetingAsync(eventId, annRegistration.Id, kimRegistration.Id, new DateTime(2023, 11, 8, 6, 0, 0, DateTimeKind.Utc));
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));

        await using var organizerContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var pipeline = new InitiativePages(await organizerContext.NewPageAsync(), app.BaseAddress);
        await new AccountPages(pipeline.Page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
        var pairBefore = await pipeline.PipelineCountAsync(forumId, "pair", "KR–US");
        var signedBefore = await pipeline.PipelineCountAsync(forumId, "stage", "Signed");

        // Ann (COMSPOC, US) starts the initiative with one click from the held meeting's feedback page.
        await using var annContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var annPages = new InitiativePages(await annContext.NewPageAsync(), app.BaseAddress);
        await new AccountPages(annPages.Page, app.BaseAddress).SignInAsync(ann.Email, ann.Password);
        await annPages.OpenFeedbackAsync(eventId, meetingId);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(annPages.Page);
        await annPages.StartFromMeetingAsync(meetingId);
        await Assertions.Expect(annPages.Page.Locator("main")).ToContainTextAsync("Ministry of Science and ICT");
        await Assertions.Expect(annPages.Page.Locator("main")).ToContainTextAsync("COMSPOC");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(annPages.Page);
        var initiativeId = await annPages.CreateAsync("MoU", "Space debris tracking MoU", "우주 잔해 추적 양해각서", "Organizers");
        await Assertions.Expect(annPages.Page.Locator("main h1")).ToContainTextAsync("Space debris tracking MoU");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(annPages.Page);
        var origin = await app.WithDbAsync(db => db.InitiativeOrigins.SingleAsync(o => o.InitiativeId == initiativeId));
        Assert.Equal((Web.Features.Pipeline.Initiatives.InitiativeOriginKind.Meeting, (int?)meetingId), (origin.Kind, origin.ReferenceId));

        // Kim (MSIT, KR, reading in Korean) moves it to negotiating with a next step.
        await using var kimContext = await chromium.Browser.NewContextAsync(new() { Locale = "ko-KR" });
        var kimPages = new InitiativePages(await kimContext.NewPageAsync(), app.BaseAddress);
        await new AccountPages(kimPages.Page, app.BaseAddress).SignInAsync(kim.Email, kim.Password);
        await kimPages.OpenAsync(forumId, initiativeId);
        Assert.StartsWith("ko", await kimPages.LanguageAsync());
        await kimPages.UpdateAsync("Negotiating", "Exchange draft texts", "2024-01-15");
        await Assertions.Expect(kimPages.Page.Locator("main [role=status]")).ToBeVisibleAsync();
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(kimPages.Page);

        // Ann signs it.
        await annPages.OpenAsync(forumId, initiativeId);
        await annPages.UpdateAsync("Signed", "Hold the first joint working group", "2024-03-01");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(annPages.Page);
        await Screenshots.TakeAsync(annPages.Page, "initiative-timeline-en");

        var timeline = await annPages.TimelineAsync();
        Assert.Equal("Created", timeline[0].Field);
        Assert.Equal(
            [
                ("Stage", "Exploring", "Negotiating", kim.Email), ("NextStep", "", "Exchange draft texts", kim.Email), ("NextStepDue", "", "2024-01-15", kim.Email),
                ("Stage", "Negotiating", "Signed", ann.Email), ("NextStep", "Exchange draft texts", "Hold the first joint working group", ann.Email),
                ("NextStepDue", "2024-01-15", "2024-03-01", ann.Email),
            ],
            timeline.Skip(1).ToList());

        // The organizers' pipeline counts it under the pair KR–US and the stage Signed.
        Assert.Equal(pairBefore + 1, await pipeline.PipelineCountAsync(forumId, "pair", "KR–US"));
        Assert.Equal(signedBefore + 1, await pipeline.PipelineCountAsync(forumId, "stage", "Signed"));
        await Assertions.Expect(pipeline.Page.Locator("#by-pair svg")).ToBeVisibleAsync();
        await Assertions.Expect(pipeline.Page.Locator("#by-topic table")).ToBeVisibleAsync();
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(pipeline.Page);
        await Screenshots.TakeAsync(pipeline.Page, "pipeline-by-country-pair");
    }
}
