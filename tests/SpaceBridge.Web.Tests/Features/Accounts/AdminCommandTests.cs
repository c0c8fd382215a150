using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts;

public sealed class AdminCommandTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string stdin, params string[] commandLine)
    {
        var command = StartupCommand.Parse(commandLine);
        Assert.Equal("admin", command.Verb);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await AdminCommand.RunAsync(factory.Services, command.VerbArgs, new StringReader(stdin), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Creating_an_administrator_with_a_weak_password_is_refused_and_creates_nobody()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";

        var (exit, _, error) = await RunAsync("password\n", "admin", "create", "--email", email, "--password-stdin");

        Assert.Equal(1, exit);
        Assert.Contains("at least 10 characters", error);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task An_administrator_created_on_the_command_line_can_sign_in_and_manage_roles()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";

        var (exit, output, _) = await RunAsync("Secure-Admin-Pass-1\n", "admin", "create", "--email", email, "--password-stdin");

        Assert.Equal(0, exit);
        Assert.Contains("ready to sign in", output);
        var client = await factory.SignInAsync(new TestUser("", email, "Secure-Admin-Pass-1"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/roles")).StatusCode);
    }

    [Fact]
    public async Task Without_a_password_nothing_is_created()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";

        var (exit, _, error) = await RunAsync("", "admin", "create", "--email", email);

        Assert.Equal(1, exit);
        Assert.Contains("No password", error);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Granting_makes_a_user_organizer_of_a_forum_for_a_co_host_organization()
    {
        var user = await factory.CreateUserAsync();

        var (exit, _, error) = await RunAsync("", "admin", "grant", "--email", user.Email, "--forum", "korea-space-forum-2023",
            "--role", "organizer", "--organization", "DOC");

        Assert.True(exit == 0, error);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpaceBridge.Web.Infrastructure.Data.AppDbContext>();
        var role = await db.ForumRoles.Include(r => r.Organization).SingleAsync(r => r.UserId == user.Id);
        Assert.Equal(ForumRole.Organizer, role.Role);
        Assert.Equal("DOC", role.Organization?.Acronym);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "role.grant" && a.Subject == user.Email));
    }

    [Fact]
    public async Task Granting_organizer_for_an_organization_that_hosts_nothing_in_the_forum_is_refused()
    {
        var user = await factory.CreateUserAsync();

        var (exit, _, error) = await RunAsync("", "admin", "grant", "--email", user.Email, "--forum", "korea-space-forum-2023",
            "--role", "organizer", "--organization", "UAH");

        Assert.Equal(1, exit);
        Assert.Contains("hosts an event of this forum", error);
        Assert.False(await factory.WithDbAsync(db => db.ForumRoles.AnyAsync(r => r.UserId == user.Id)));
    }

    [Fact]
    public void Host_options_around_the_admin_verb_still_reach_the_host()
    {
        var command = StartupCommand.Parse(["admin", "create", "--data-dir", "/tmp/sb", "--email", "a@example.org", "--password-stdin", "--seed-demo"]);

        Assert.Equal(["create", "--email", "a@example.org", "--password-stdin"], command.VerbArgs);
        Assert.Equal(["--DataDir", "/tmp/sb", "--Database:SeedDemo=true"], command.HostArgs);
    }

    [Fact]
    public async Task The_created_administrator_holds_the_platform_role()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        await RunAsync("Secure-Admin-Pass-1\n", "admin", "create", "--email", email, "--password-stdin");

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);

        Assert.NotNull(user);
        Assert.True(user.EmailConfirmed);
        Assert.True(await users.IsInRoleAsync(user, PlatformRoles.Administrator));
    }
}
