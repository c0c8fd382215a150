using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>Sign-up, e-mail confirmation and sign-in, as a new user meets them.</summary>
public sealed class AccountPages(IPage page, Uri baseAddress) : PublicPage(page)
{
    public async Task SignUpAsync(string email, string displayName, string password)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/account/sign-up").ToString());
        await Page.Locator("input[name='Input.Email']").FillAsync(email);
        await Page.Locator("input[name='Input.DisplayName']").FillAsync(displayName);
        await Page.Locator("input[name='Input.Password.Password']").FillAsync(password);
        await Page.Locator("input[name='Input.Password.ConfirmPassword']").FillAsync(password);
        await Page.Locator("main form button[type='submit']").ClickAsync();
        await Page.WaitForURLAsync(new Regex("/account/check-email"));
    }

    /// <summary>Opens the confirmation link of the e-mail (a path and query on this site).</summary>
    public async Task ConfirmAsync(string link)
    {
        await Page.GotoAsync(new Uri(baseAddress, link).ToString());
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/account/sign-in").ToString());
        await Page.Locator("input[name='Input.Email']").FillAsync(email);
        await Page.Locator("input[name='Input.Password']").FillAsync(password);
        await Page.Locator("main form button[type='submit']").ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }
}
