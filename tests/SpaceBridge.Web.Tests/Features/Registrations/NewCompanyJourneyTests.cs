using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>
/// A company new to the platform, in Chromium: its delegate signs up and confirms the address, registers for an open
/// event proposing the company as a new organization; an organizer approves the organization and the registration; the
/// delegate completes the company's profile and finds partners recommended to it. axe checks every page.
/// </summary>
public sealed class NewCompanyJourneyTests(NewCompanyJourneyTests.App app, ChromiumFixture chromium)
    : IClassFixture<NewCompanyJourneyTests.App>, IClassFixture<ChromiumFixture>
{
    /// <summary>The demo forum with the matchmaking demo, so that there are partners to recommend.</summary>
    public sealed class App : KestrelSpaceBridgeFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:SeedMatchmakingDemo", "true");
        }
    }

    [Fact]
    public async Task A_new_company_signs_up_registers_proposing_itself_is_approved_completes_its_profile_and_sees_recommendations()
    {
        var eventId = await app.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        var forumId = await app.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).SingleAsync());
        const string email = "founder@nova-orbit.example";

        await using var delegateContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await delegateContext.NewPageAsync();
        var account = new AccountPages(page, app.BaseAddress);
        await account.SignUpAsync(email, "Yoon Seo-jin", TestAccounts.Password);
        await CheckAsync(page, "company-01-check-email");
        await account.ConfirmAsync(MailPickup.LinkIn(await MailPickup.WaitForLatestAsync(app, email), "/account/confirm-email"));
        await account.SignInAsync(email, TestAccounts.Password);

        // From the event page, as a visitor would find it: its "Register" link leads to the form.
        await page.GotoAsync(new Uri(app.BaseAddress, $"/events/{eventId}").ToString());
        await CheckAsync(page, "company-02-event-page");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register for this event" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/events/{eventId}/register$"));
        await page.Locator("input[name='Input.HangulName']").FillAsync("윤서진");
        await page.Locator("input[name='Input.RomanizedName']").FillAsync("Yoon Seo-jin");
        await page.Locator("#org-new").CheckAsync();
        await page.Locator("input[name='Input.NewOrganizationNameEn']").FillAsync("Nova Orbit Dynamics");
        await page.Locator("input[name='Input.NewOrganizationNameKo']").FillAsync("노바오빗다이내믹스");
        await page.Locator("select[name='Input.NewOrganizationCountryCode']").SelectOptionAsync("KR");
        await page.Locator("select[name='Input.CountryCode']").SelectOptionAsync("KR");
        await page.Locator("select[name='Input.ParticipantType']").SelectOptionAsync(ParticipantType.Delegate.ToString());
        await page.Locator("input[type='checkbox'][name='Input.ConsentToProcessing']").CheckAsync();
        await page.Locator("input[type='checkbox'][name='Input.ConsentToDirectory']").CheckAsync();
        await CheckAsync(page, "company-02-register");
        await page.Locator("main form.account-form button[type='submit']:not(.default-action):not([formaction])").ClickAsync();
        await page.WaitForURLAsync(new Regex("/me/registrations"));
        await CheckAsync(page, "company-03-my-registrations");
        var registration = await app.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.EventId == eventId && r.Email == email));
        var organizationId = registration.OrganizationId!.Value;
        Assert.Equal(OrganizationStatus.Proposed, await app.WithDbAsync(db => db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Status).SingleAsync()));

        // An organizer approves the proposed organization, then the registration.
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        await using (var organizerContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" }))
        {
            var organizerPage = await organizerContext.NewPageAsync();
            await new AccountPages(organizerPage, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
            await organizerPage.GotoAsync(new Uri(app.BaseAddress, $"/organizer/events/{eventId}/organization-proposals").ToString());
            Assert.Contains("Nova Orbit Dynamics", await organizerPage.Locator("main").InnerTextAsync());
            await CheckAsync(organizerPage, "company-04-proposals");
            var proposal = organizerPage.Locator("main section.proposal").Filter(new() { HasText = "Nova Orbit Dynamics" });
            await proposal.Locator("form[action*='handler=Approve'] button[type='submit']").ClickAsync();
            await organizerPage.WaitForLoadStateAsync(LoadState.Load);
            Assert.Equal(OrganizationStatus.Approved, await app.WithDbAsync(db => db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Status).SingleAsync()));

            var review = new RegistrationPages(organizerPage, app.BaseAddress);
            await review.OpenReviewQueueAsync(eventId);
            await review.ApproveAsync(registration.Id);
            await CheckAsync(organizerPage, "company-05-review-approved");
        }
        Assert.Equal(RegistrationStatus.Approved, await app.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration.Id).Select(r => r.Status).SingleAsync()));

        // The delegate completes the company's profile from their registrations page.
        var profileEdit = $"/forums/{forumId}/organizations/{organizationId}/profile/edit";
        await page.GotoAsync(new Uri(app.BaseAddress, "/me/registrations").ToString());
        await page.Locator($"main a[href='{profileEdit}']").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(profileEdit)));
        await page.Locator("textarea[name='Input.DescriptionEn']").FillAsync("Nova Orbit Dynamics builds small satellite buses and flies earth observation payloads for partners.");
        foreach (var box in await page.Locator("input[name='Input.Capabilities']").AllAsync())
        {
            if ((await box.GetAttributeAsync("value")) is "SatelliteManufacturing" or "EarthObservationData") await box.CheckAsync();
        }
        foreach (var box in (await page.Locator("input[name='Input.Needs']").AllAsync()).Take(2))
        {
            await box.CheckAsync();
        }
        await page.Locator("input[name='Input.TopicSlugs']").First.CheckAsync();
        await page.Locator("textarea[name='Input.LooksForEn']").FillAsync("Launch services and ground stations.");
        await CheckAsync(page, "company-06-profile-edit");
        await page.Locator("main form.account-form .actions button[type='submit']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await app.WithDbAsync(db => db.OrganizationProfiles.AnyAsync(p => p.OrganizationId == organizationId && p.ForumId == forumId)));

        await page.GotoAsync(new Uri(app.BaseAddress, $"/events/{eventId}/recommendations").ToString());
        // The first list is the partner organizations, the second the opportunities.
        var partners = page.Locator("main ol.recommendations").First;
        Assert.True(await partners.Locator(":scope > li").CountAsync() >= 3, "expected recommended partners for the new company");
        Assert.DoesNotContain("Nova Orbit Dynamics", await partners.InnerTextAsync());
        await CheckAsync(page, "company-07-recommendations");
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        await Screenshots.TakeAsync(page, name);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }
}
