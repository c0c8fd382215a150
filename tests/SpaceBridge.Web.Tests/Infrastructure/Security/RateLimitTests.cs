using System.Net;
using System.Net.Http.Json;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

public sealed class RateLimitTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithLimit(string policy, int permits) =>
        factory.WithWebHostBuilder(b => b.UseSetting($"RateLimits:{policy}:PermitLimit", permits.ToString()));

    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_a_friendly_429_page()
    {
        await using var app = WithLimit("SignIn", 2);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var form = new Dictionary<string, string> { ["Input.Email"] = "someone@example.org", ["Input.Password"] = "Wrong-password-1!" };

        var first = await client.SubmitFormAsync("/account/sign-in", form);
        var second = await client.SubmitFormAsync("/account/sign-in", form);
        var third = await client.SubmitFormAsync("/account/sign-in", form);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Too many attempts", await third.Content.ReadAsStringAsync());
        Assert.NotNull(third.Headers.RetryAfter);
        // Showing the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task The_token_endpoint_answers_429_with_problem_details_beyond_the_limit()
    {
        await using var app = WithLimit("Token", 1);
        var client = app.CreateClient();
        var body = new { email = "someone@example.org", password = "Wrong-password-1!" };

        await client.PostAsJsonAsync("/api/v1/auth/token", body);
        var second = await client.PostAsJsonAsync("/api/v1/auth/token", body);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Sign_up_is_limited_too()
    {
        await using var app = WithLimit("SignUp", 1);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var form = new Dictionary<string, string> { ["Input.Email"] = "not-an-address" };

        await client.SubmitFormAsync("/account/sign-up", form);
        var second = await client.SubmitFormAsync("/account/sign-up", form);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }
}
