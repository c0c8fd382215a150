using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts;

public sealed class BearerTokenTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private sealed record Me(string Email, bool IsAdministrator, List<RoleDto> ForumRoles);
    private sealed record RoleDto(string ForumSlug, string Role, string? Organization);

    [Fact]
    public async Task A_bearer_token_opens_an_api_endpoint_that_refuses_anonymous_callers()
    {
        var user = await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me")).StatusCode);

        var client = await factory.CreateBearerClientAsync(user);
        var me = await client.GetFromJsonAsync<Me>("/api/v1/me");

        Assert.Equal(user.Email, me?.Email);
        Assert.Equal([new RoleDto("korea-space-forum-2023", "Organizer", "MSIT")], me?.ForumRoles);
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8forged-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_gets_no_token()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = "Not-the-password-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_sign_in_cookie_also_works_on_the_api()
    {
        var user = await factory.CreateUserAsync();
        var client = await factory.SignInAsync(user);

        var me = await client.GetFromJsonAsync<Me>("/api/v1/me");

        Assert.Equal(user.Email, me?.Email);
    }
}
