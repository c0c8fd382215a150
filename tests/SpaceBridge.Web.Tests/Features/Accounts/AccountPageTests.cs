using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts;

/// <summary>
/// The account page holds two forms (profile, change password). Each, submitted as rendered, does what it says;
/// before, each form's post also validated the other form's empty fields and silently did nothing.
/// </summary>
public sealed class AccountPageTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private const string NewPassword = "Deep-Space-Network-70m";

    [Fact]
    public async Task The_profile_form_as_rendered_saves_the_name_and_language()
    {
        var user = await factory.CreateUserAsync();
        var client = await factory.SignInAsync(user);

        var response = await SubmitAsync(client, "Profile", new() { ["Profile.DisplayName"] = "Kim Ji-won", ["Profile.PreferredCulture"] = "ko" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your profile has been saved.", await response.Content.ReadAsStringAsync());
        var saved = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => new { u.DisplayName, u.PreferredCulture }).SingleAsync());
        Assert.Equal(("Kim Ji-won", "ko"), (saved.DisplayName, saved.PreferredCulture));
    }

    [Fact]
    public async Task The_password_form_as_rendered_changes_the_password()
    {
        var user = await factory.CreateUserAsync();
        var client = await factory.SignInAsync(user);

        var response = await SubmitAsync(client, "Password", new()
        {
            ["Password.CurrentPassword"] = user.Password,
            ["Password.New.Password"] = NewPassword,
            ["Password.New.ConfirmPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your password has been changed.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserClient().SignInAsync(user.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_is_reported_beside_its_field_and_changes_nothing()
    {
        var user = await factory.CreateUserAsync();
        var client = await factory.SignInAsync(user);

        var response = await SubmitAsync(client, "Password", new()
        {
            ["Password.CurrentPassword"] = "Not-my-password-1",
            ["Password.New.Password"] = NewPassword,
            ["Password.New.ConfirmPassword"] = NewPassword,
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Password.CurrentPassword\"", html);
        Assert.DoesNotContain("field-validation-error\" data-valmsg-for=\"Profile.DisplayName\"", html);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserClient().SignInAsync(user.Email, user.Password)).StatusCode);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync("/account");
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .Single(f => (f.GetAttribute("action") ?? "").EndsWith($"handler={handler}", StringComparison.Ordinal));
        return await client.SubmitAsync(form, "/account", fields);
    }
}
