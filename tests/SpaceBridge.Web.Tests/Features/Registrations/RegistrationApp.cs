using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Data;
using SpaceBridge.Web.Domain.Accounts;
using SpaceBridge.Web.Domain.Registrations;
using SpaceBridge.Web.Features.Email;
using SpaceBridge.Web.Tests.Infrastructure;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>The app with header sign-in, captured e-mail and helpers to create users and organizers.</summary>
public class RegistrationApp : SpaceBridgeFactory
{
    public CapturingEmailSender Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IEmailSender>(Mail);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, null);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestAuthentication.SchemeName;
                o.DefaultAuthenticateScheme = TestAuthentication.SchemeName;
                o.DefaultChallengeScheme = TestAuthentication.SchemeName;
                o.DefaultForbidScheme = TestAuthentication.SchemeName;
                o.DefaultSignInScheme = TestAuthentication.SchemeName;
            });
        });
    }

    public Task<int> EventIdAsync(string slugPart = "rok-us") =>
        WithDbAsync(db => db.Events.Where(e => e.Slug.Contains(slugPart)).Select(e => e.Id).SingleAsync());

    public Task SetCapacityAsync(int eventId, int? capacity) =>
        WithDbAsync(db => db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Capacity, capacity)));

    public async Task<string> CreateUserAsync(string email, string culture = "en")
    {
        var user = new AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
            PreferredCulture = culture, DisplayName = email };
        await WithDbAsync(async db => { db.Users.Add(user); return await db.SaveChangesAsync(); });
        return user.Id;
    }

    public async Task<string> CreateOrganizerAsync(string email, int eventId)
    {
        var id = await CreateUserAsync(email);
        await WithDbAsync(async db =>
        {
            var forumId = await db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).SingleAsync();
            db.ForumRoles.Add(new ForumRoleAssignment { UserId = id, ForumId = forumId, Role = ForumRole.Organizer });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>A client signed in as the user (no user: anonymous). Redirects are not followed.</summary>
    public HttpClient ClientFor(string? userId, bool admin = false)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (userId is not null) client.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, userId);
        if (admin) client.DefaultRequestHeaders.Add(TestAuthentication.AdminHeader, "true");
        return client;
    }

    public static ClaimsPrincipal Principal(string userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], TestAuthentication.SchemeName));

    public Task<List<Registration>> RegistrationsAsync(int eventId) =>
        WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.Id).ToListAsync());
}
