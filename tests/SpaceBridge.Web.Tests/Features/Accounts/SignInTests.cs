using System.Net;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts;

public sealed class SignInTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateBrowserClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.SignInAsync(user.Email, "Wrong-password-1!");
            Assert.Contains("is not correct", await wrong.Content.ReadAsStringAsync());
        }
        var fifth = await client.SignInAsync(user.Email, "Wrong-password-1!");
        Assert.Contains("this account is locked. Try again in 15 minutes", await fifth.Content.ReadAsStringAsync());

        var right = await client.SignInAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("this account is locked", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_in_returns_to_a_local_address_only()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateBrowserClient();

        var local = await client.SubmitFormAsync("/account/sign-in?returnUrl=%2Faccount", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        var foreign = await factory.CreateBrowserClient().SubmitFormAsync("/account/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });

        Assert.Equal("/account", local.Headers.Location?.OriginalString);
        Assert.Equal("/", foreign.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_is_a_form_post_that_ends_the_session()
    {
        var client = await factory.SignInAsync(await factory.CreateUserAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        var bare = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var signOut = await client.SubmitFormAsync("/account/sign-out", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }
}
