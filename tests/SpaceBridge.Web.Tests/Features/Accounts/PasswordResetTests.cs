using System.Net;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts;

public sealed class PasswordResetTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private const string NewPassword = "Lunar-Gateway-2024?";

    [Fact]
    public async Task A_reset_link_from_the_e_mail_sets_a_new_password_and_retires_the_old_one()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateBrowserClient();

        var forgot = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email });
        Assert.Contains("If this address belongs to an account", await forgot.Content.ReadAsStringAsync());
        var link = MailPickup.LinkIn(MailPickup.RequireLatestFor(factory, user.Email), "/account/reset-password");

        var reset = await client.SubmitFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Contains("Your password has been changed", await reset.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserClient().SignInAsync(user.Email, user.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserClient().SignInAsync(user.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_reset_link_works_once()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateBrowserClient();
        await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email });
        var link = MailPickup.LinkIn(MailPickup.RequireLatestFor(factory, user.Email), "/account/reset-password");
        var fields = new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword };
        await client.SubmitFormAsync(link, fields);

        var again = await client.SubmitFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "Another-Password-99#",
            ["Input.ConfirmPassword"] = "Another-Password-99#",
        });

        Assert.Contains("not valid or has expired", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_e_mail()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.org";
        var user = await factory.CreateUserAsync();

        var unknown = await factory.CreateBrowserClient().SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var known = await factory.CreateBrowserClient().SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email });

        Assert.Equal(MainText(await known.Content.ReadAsStringAsync()), MainText(await unknown.Content.ReadAsStringAsync()));
        Assert.Null(MailPickup.LatestFor(factory, email));
    }

    private static string MainText(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return (document.QuerySelector("main") ?? document.Body!).TextContent;
    }
}
