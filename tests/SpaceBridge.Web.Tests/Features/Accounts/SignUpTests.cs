using System.Net;
using AngleSharp.Html.Parser;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts;

public sealed class SignUpTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private static Dictionary<string, string> SignUpForm(string email, string culture = "en") => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = "Kim Ji-won",
        ["Input.PreferredCulture"] = culture,
        ["Input.Password.Password"] = TestAccounts.Password,
        ["Input.Password.ConfirmPassword"] = TestAccounts.Password,
    };

    [Fact]
    public async Task Signing_up_mails_a_confirmation_link_after_which_the_user_can_sign_in()
    {
        var email = $"new-{Guid.NewGuid():N}@example.org";
        var client = factory.CreateBrowserClient();

        var signUp = await client.SubmitFormAsync("/account/sign-up", SignUpForm(email));
        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        Assert.Equal("/account/check-email", signUp.Headers.Location?.OriginalString);

        var mail = MailPickup.RequireLatestFor(factory, email);
        Assert.Equal("Confirm your SpaceBridge account", mail.Subject);
        var confirm = await client.GetAsync(MailPickup.LinkIn(mail, "/account/confirm-email"));
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("your e-mail address is confirmed", await confirm.Content.ReadAsStringAsync());

        var signIn = await client.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var account = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(email, await account.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unconfirmed_account_cannot_sign_in()
    {
        var email = $"unconfirmed-{Guid.NewGuid():N}@example.org";
        var client = factory.CreateBrowserClient();
        await client.SubmitFormAsync("/account/sign-up", SignUpForm(email));

        var signIn = await client.SignInAsync(email, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("not confirmed yet", await signIn.Content.ReadAsStringAsync());
        var account = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.StartsWith("/account/sign-in", account.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task The_confirmation_e_mail_is_in_the_language_chosen_at_sign_up()
    {
        var email = $"ko-{Guid.NewGuid():N}@example.org";
        await factory.CreateBrowserClient().SubmitFormAsync("/account/sign-up", SignUpForm(email, culture: "ko"));

        var mail = MailPickup.RequireLatestFor(factory, email);

        Assert.Equal("SpaceBridge 계정 이메일 확인", mail.Subject);
        Assert.Contains("Kim Ji-won님", mail.TextBody);
    }

    [Fact]
    public async Task Signing_up_again_with_a_known_address_looks_the_same_and_mails_the_owner()
    {
        var existing = await factory.CreateUserAsync();
        var client = factory.CreateBrowserClient();

        var response = await client.SubmitFormAsync("/account/sign-up", SignUpForm(existing.Email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/check-email", response.Headers.Location?.OriginalString);
        Assert.Equal("Your SpaceBridge account", MailPickup.RequireLatestFor(factory, existing.Email).Subject);
        Assert.Equal(1, await factory.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.Email == existing.Email))));
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_rule_beside_the_field()
    {
        var email = $"weak-{Guid.NewGuid():N}@example.org";
        var form = SignUpForm(email);
        form["Input.Password.Password"] = form["Input.Password.ConfirmPassword"] = "short";

        var response = await factory.CreateBrowserClient().SubmitFormAsync("/account/sign-up", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("at least 10 characters long", page.QuerySelector("[data-valmsg-for='Input.Password.Password']")?.TextContent);
        Assert.Null(MailPickup.LatestFor(factory, email));
    }
}
