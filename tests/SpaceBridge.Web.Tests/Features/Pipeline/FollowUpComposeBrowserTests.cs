using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Pipeline;

/// <summary>The app with a pause between two mails of a batch, so a batch runs long enough to be watched.</summary>
public sealed class SlowMailApp : KestrelSpaceBridgeFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Pipeline:SendDelayMilliseconds", "1000");
    }
}

/// <summary>
/// An organizer goes from the workspace to the follow-up compose page, previews a bilingual message with its recipient
/// count, sends it and watches the batch's progress update in place without losing the keyboard focus. axe on every page.
/// </summary>
public sealed class FollowUpComposeBrowserTests(SlowMailApp app, ChromiumFixture chromium) : IClassFixture<SlowMailApp>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task An_organizer_composes_previews_and_sends_a_follow_up_and_its_progress_updates_in_place()
    {
        var (forumId, eventId) = await app.WithDbAsync(async db => await db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug)
            .Select(e => new { e.ForumId, e.Id }).SingleAsync() is var e ? (e.ForumId, e.Id) : default);
        for (var i = 0; i < 25; i++)
        {
            await app.MemberAsync(eventId, $"Guest {i}", i % 2 == 0 ? "COMSPOC" : "MSIT");
        }
        var approved = await app.WithDbAsync(db => db.Registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Approved)
            .Select(r => r.Email.ToLower()).Distinct().CountAsync());
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);

        await page.GotoAsync(new Uri(app.BaseAddress, "/organizer").ToString());
        await page.Locator($"main a[href='/forums/{forumId}/follow-up/compose']").First.ClickAsync();
        // The address and the form, not the load event: under a loaded CI machine Chromium was once seen reporting
        // network idle without the load event for the compose page, and the wait for "load" timed out.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/follow-up/compose$"));
        await Assertions.Expect(page.Locator("form#compose")).ToBeVisibleAsync();
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);

        await page.Locator("#audience-Registrants").CheckAsync();
        await page.Locator("select[name='Input.EventId']").SelectOptionAsync(eventId.ToString());
        await page.Locator("select[name='Input.Status']").SelectOptionAsync("Approved");
        await page.Locator("input[name='Input.SubjectEn']").FillAsync("Thank you for coming");
        await page.Locator("input[name='Input.SubjectKo']").FillAsync("참석해 주셔서 감사합니다");
        await page.Locator("textarea[name='Input.BodyEn']").FillAsync("The **presentations** are online.");
        await page.Locator("textarea[name='Input.BodyKo']").FillAsync("**발표 자료**를 올렸습니다.");
        await page.Locator("form#compose button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#recipient-count")).ToContainTextAsync($"{approved} recipients");
        await Assertions.Expect(page.Locator(".mail-preview strong").First).ToHaveTextAsync("presentations");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "follow-up-preview");

        await page.Locator("form#send button[type='submit']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/follow-up/batches/\d+$"));
        await Assertions.Expect(page.Locator("#batch-progress a")).ToBeVisibleAsync();
        var url = page.Url;
        // The keyboard is on the reload link; the figures change under it and the page does not reload.
        var reload = page.Locator("#batch-progress a");
        await reload.FocusAsync();
        var sent = page.Locator("[data-figure=sent]");
        var first = int.Parse(await sent.InnerTextAsync());
        await Assertions.Expect(sent).Not.ToHaveTextAsync(first.ToString(), new() { Timeout = 15000 });
        Assert.True(await reload.EvaluateAsync<bool>("a => document.activeElement === a"), "the update moved the focus");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
        await Assertions.Expect(page.Locator("#batch-state")).ToHaveTextAsync("Finished", new() { Timeout = 90000 });
        await Assertions.Expect(sent).ToHaveTextAsync(approved.ToString());
        await Assertions.Expect(page.Locator("[data-figure=pending]")).ToHaveTextAsync("0");
        Assert.Equal(url, page.Url);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "follow-up-batch-done");
    }
}
