using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>A user created for a test, with the password to sign in.</summary>
public sealed record TestUser(string Id, string Email, string Password);

/// <summary>A forum role to give a test user: in the demo forum unless <see cref="ForumId"/> is set.</summary>
public sealed record TestForumRole(ForumRole Role, string? OrganizationAcronym = null, int? ForumId = null);

/// <summary>
/// Creates confirmed users with roles straight in the database and signs them in through the real sign-in
/// page (antiforgery token and all), so tests exercise the same cookie a browser gets.
/// </summary>
public static class TestAccounts
{
    public const string Password = "Orbit-Test-2023!";

    public static Task<TestUser> CreateUserAsync(this SpaceBridgeFactory factory, params TestForumRole[] roles) =>
        factory.CreateUserAsync(email: null, administrator: false, roles);

    public static Task<TestUser> CreateAdministratorAsync(this SpaceBridgeFactory factory, string? email = null) =>
        factory.CreateUserAsync(email, administrator: true);

    /// <summary>A confirmed user (unique e-mail unless given) with the given forum roles.</summary>
    public static async Task<TestUser> CreateUserAsync(this SpaceBridgeFactory factory, string? email, bool administrator, params TestForumRole[] roles)
    {
        email ??= $"user-{Guid.NewGuid():N}@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        Check(await users.CreateAsync(user, Password));
        if (administrator)
        {
            var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roleManager.RoleExistsAsync(PlatformRoles.Administrator))
            {
                Check(await roleManager.CreateAsync(new IdentityRole(PlatformRoles.Administrator)));
            }
            Check(await users.AddToRoleAsync(user, PlatformRoles.Administrator));
        }
        foreach (var role in roles)
        {
            var forumId = role.ForumId ?? await db.Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync();
            int? organizationId = role.OrganizationAcronym is null
                ? null
                : await db.Organizations.Where(o => o.Acronym == role.OrganizationAcronym).Select(o => o.Id).SingleAsync();
            if (role.Role == ForumRole.Organizer && organizationId is null)
            {
                organizationId = await db.Organizations.Where(o => o.Acronym == "MSIT").Select(o => o.Id).SingleAsync();
            }
            db.ForumRoles.Add(new ForumRoleAssignment { UserId = user.Id, ForumId = forumId, Role = role.Role, OrganizationId = organizationId });
        }
        await db.SaveChangesAsync();
        return new TestUser(user.Id, email, Password);
    }

    /// <summary>
    /// A client that keeps cookies and does not follow redirects (assert on 302s yourself). Like a browser on the
    /// site's own pages it names its origin, which cookie-signed API writes must (SameOriginApiWrites).
    /// </summary>
    public static HttpClient CreateBrowserClient(this SpaceBridgeFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client;
    }

    /// <summary>Signs the user in through /account/sign-in and returns the client holding the auth cookie.</summary>
    public static async Task<HttpClient> SignInAsync(this SpaceBridgeFactory factory, TestUser user)
    {
        var client = factory.CreateBrowserClient();
        var response = await client.SignInAsync(user.Email, user.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new Xunit.Sdk.XunitException(
                $"Sign-in of {user.Email} answered {(int)response.StatusCode}:\n{await response.Content.ReadAsStringAsync()}");
        }
        return client;
    }

    /// <summary>Posts the sign-in form; a successful sign-in answers 302.</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>A client with a bearer token from /api/v1/auth/token (no cookies).</summary>
    public static async Task<HttpClient> CreateBearerClientAsync(this SpaceBridgeFactory factory, TestUser user)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = user.Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>() ?? throw new InvalidOperationException("Empty token response");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
