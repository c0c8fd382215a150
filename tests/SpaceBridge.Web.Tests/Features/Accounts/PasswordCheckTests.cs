using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts;

/// <summary>Counts password-hash verifications, the work that made known and unknown addresses answer at different speeds.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class HashCountingApp : SpaceBridgeFactory
{
    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(Hasher));
    }
}

/// <summary>
/// The token endpoint and the sign-in page do one password hash for every answer, so how long they take does not
/// tell whether an address has an account (timed, it was 4 ms for unknown addresses against 93 ms for known ones).
/// </summary>
public sealed class PasswordCheckTests(HashCountingApp app) : IClassFixture<HashCountingApp>
{
    [Fact]
    public async Task The_token_endpoint_hashes_once_for_unknown_and_known_addresses_alike()
    {
        var known = await app.CreateUserAsync();
        var unconfirmed = await app.CreateUserAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == unconfirmed.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
        var client = app.CreateClient();

        foreach (var (email, password) in new[]
        {
            ($"nobody-{Guid.NewGuid():N}@example.org", "Some-Password-1"),
            (known.Email, "Wrong-Password-1"),
            (unconfirmed.Email, unconfirmed.Password),
            ($"nobody-{Guid.NewGuid():N}@example.org", ""),
        })
        {
            var before = app.Hasher.Verifications;
            var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.True(app.Hasher.Verifications - before == 1, $"{email}: {app.Hasher.Verifications - before} hash verifications");
        }
    }

    [Fact]
    public async Task The_sign_in_page_hashes_for_an_unknown_address_too()
    {
        var before = app.Hasher.Verifications;

        var response = await app.CreateBrowserClient().SignInAsync($"nobody-{Guid.NewGuid():N}@example.org", "Some-Password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, app.Hasher.Verifications - before);
    }
}
