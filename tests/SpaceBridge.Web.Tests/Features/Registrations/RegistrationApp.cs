using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>The app on SQLite with helpers for registration tests: users, organizers, capacity, mail.</summary>
public class RegistrationApp : SpaceBridgeFactory
{
    public Task<int> EventIdAsync(string slugPart = "rok-us") =>
        WithDbAsync(db => db.Events.Where(e => e.Slug.Contains(slugPart)).Select(e => e.Id).SingleAsync());

    public Task SetCapacityAsync(int eventId, int? capacity) =>
        WithDbAsync(db => db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Capacity, capacity)));

    public async Task<TestUser> UserAsync(string email, string culture = "en")
    {
        var user = await this.CreateUserAsync(email, administrator: false);
        await WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture)));
        return user;
    }

    public Task<TestUser> OrganizerAsync(string email) =>
        this.CreateUserAsync(email, administrator: false, new TestForumRole(ForumRole.Organizer));

    /// <summary>A cookie client signed in as a new user with that e-mail.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string culture = "en") => await this.SignInAsync(await UserAsync(email, culture));

    public async Task<HttpClient> OrganizerClientAsync(string email) => await this.SignInAsync(await OrganizerAsync(email));

    public static ClaimsPrincipal Principal(TestUser user) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Email, user.Email)], "Test"));

    public Task<List<Registration>> RegistrationsAsync(int eventId) =>
        WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.Id).ToListAsync());

    public Task<int> AuditCountAsync(string action) => WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action));
}

public static class AnonymousClients
{
    public static HttpClient CreateBrowserClientAnonymous(this SpaceBridgeFactory factory) => factory.CreateBrowserClient();
}
