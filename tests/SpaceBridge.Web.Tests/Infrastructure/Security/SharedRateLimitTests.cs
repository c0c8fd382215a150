using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>The limits that protect accounts count in the database, so two nodes do not allow twice the attempts.</summary>
public sealed class SharedRateLimitTests : IDisposable
{
    private readonly PostgresSpaceBridgeFactory _database = new();

    public void Dispose() => _database.Dispose();

    private static WebApplicationFactory<Program> WithSignInLimit(PostgresSpaceBridgeFactory node, int permits) =>
        node.WithWebHostBuilder(b => b
            .UseSetting("RateLimits:SignIn:PermitLimit", permits.ToString())
            // Windows start at multiples of their length: a long one keeps the test's attempts in one window.
            .UseSetting("RateLimits:SignIn:WindowSeconds", "3600"));

    private static readonly Dictionary<string, string> WrongPassword = new()
    {
        ["Input.Email"] = "someone@example.org",
        ["Input.Password"] = "Wrong-password-1!",
    };

    [Fact]
    public async Task The_sign_in_limit_is_shared_by_two_nodes_on_one_postgres_database()
    {
        await using var nodeA = WithSignInLimit(_database, 3);
        _ = nodeA.Services; // migrates and seeds before node B starts
        using var second = PostgresSpaceBridgeFactory.SecondNode(_database.ConnectionString);
        await using var nodeB = WithSignInLimit(second, 3);
        var onA = nodeA.CreateClient(new() { AllowAutoRedirect = false });
        var onB = nodeB.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await onA.SubmitFormAsync("/account/sign-in", WrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onA.SubmitFormAsync("/account/sign-in", WrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.SubmitFormAsync("/account/sign-in", WrongPassword)).StatusCode);
        var fourth = await onB.SubmitFormAsync("/account/sign-in", WrongPassword);
        var fifth = await onA.SubmitFormAsync("/account/sign-in", WrongPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.NotNull(fourth.Headers.RetryAfter?.Delta);
        Assert.InRange(fourth.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3600));
    }
}
