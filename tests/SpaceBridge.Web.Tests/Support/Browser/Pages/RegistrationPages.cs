using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>The registration form of an event and the organizer's review queue.</summary>
public sealed class RegistrationPages(IPage page, Uri baseAddress) : PublicPage(page)
{
    public async Task RegisterAsync(int eventId, string hangulName, string romanizedName, string organization, string countryCode,
        bool consentToDirectory = false)
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/events/{eventId}/register").ToString());
        await Page.Locator("input[name='Input.HangulName']").FillAsync(hangulName);
        await Page.Locator("input[name='Input.RomanizedName']").FillAsync(romanizedName);
        await Page.Locator("input[name='Input.OrganizationName']").FillAsync(organization);
        await Page.Locator("select[name='Input.CountryCode']").SelectOptionAsync(countryCode);
        await Page.Locator("input[type='checkbox'][name='Input.ConsentToProcessing']").CheckAsync();
        if (consentToDirectory)
        {
            await Page.Locator("input[type='checkbox'][name='Input.ConsentToDirectory']").CheckAsync();
        }
        await Page.Locator("main form.account-form button[type='submit']:not(.default-action):not([formaction])").ClickAsync();
        await Page.WaitForURLAsync(new Regex("/me/registrations"));
    }

    /// <summary>From the organizer start page, opens the review queue of the event.</summary>
    public async Task OpenReviewQueueAsync(int eventId)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/organizer").ToString());
        await FollowAsync(Page.Locator($"main a[href='/organizer/events/{eventId}/registrations']"));
    }

    public async Task ApproveAsync(int registrationId)
    {
        await Page.Locator($"#select-{registrationId}").CheckAsync();
        await Page.Locator("#review button[name='decision'][value='Approve']").ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Selects every given registration in the queue and approves them with one submit.</summary>
    public async Task ApproveAllAsync(params int[] registrationIds)
    {
        foreach (var id in registrationIds)
        {
            await Page.Locator($"#select-{id}").CheckAsync();
        }
        await Page.RunAndWaitForResponseAsync(() => Page.Locator("#review button[name='decision'][value='Approve']").ClickAsync(), r => r.Request.Method == "POST");
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Opens the review queue of the event straight from its address, in a language.</summary>
    public async Task OpenReviewQueueAsync(int eventId, string culture)
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/organizer/events/{eventId}/registrations?culture={culture}").ToString());
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Ticks a registration, types a reason and presses Enter in the reason box, as someone about to decline would.</summary>
    public async Task TypeReasonAndPressEnterAsync(int registrationId, string reason)
    {
        await Page.Locator($"#select-{registrationId}").CheckAsync();
        var box = Page.Locator("#review input[name='reason']");
        await box.FillAsync(reason);
        await Page.RunAndWaitForResponseAsync(() => box.PressAsync("Enter"), r => r.Request.Method == "POST");
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    public async Task DeclineSelectedAsync()
    {
        await Page.RunAndWaitForResponseAsync(() => Page.Locator("#review button[name='decision'][value='Reject']").ClickAsync(), r => r.Request.Method == "POST");
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }
}
