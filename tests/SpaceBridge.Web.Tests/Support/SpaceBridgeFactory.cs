using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// The app on its embedded default (SQLite in a throwaway data folder) with the demo forum loaded.
/// One instance per test class (IClassFixture); tests that change data use their own factory.
/// </summary>
public class SpaceBridgeFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDir;

    public SpaceBridgeFactory() : this(Path.Combine(Path.GetTempPath(), "spacebridge-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>An app on an existing data folder, e.g. to start a node again on the database another one left.</summary>
    protected SpaceBridgeFactory(string dataDir) => _dataDir = dataDir;

    /// <summary>
    /// The job engine's cluster name. Quartz.NET wants it unique within a process, and tests host many apps side by side;
    /// two factories given the same name on one database are one cluster (or the same node again, after a restart).
    /// </summary>
    public string JobSchedulerName { get; init; } = $"SpaceBridge-{Guid.NewGuid():N}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the app serves wwwroot through the build's endpoint manifest, whose compressed
        // variants (site.css.gz) live under obj/ until publish; this maps them, as `dotnet run` does.
        builder.UseStaticWebAssets();
        builder.UseSetting("DataDir", _dataDir);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SeedDemo", "true");
        // The fictional matchmaking organizations stay out unless a test asks for them (MatchmakingDemoFactory).
        builder.UseSetting("Database:SeedMatchmakingDemo", "false");
        builder.UseSetting("Jobs:SchedulerName", JobSchedulerName);
        // Every test signs in from the same address: limits are raised here; rate-limit tests lower them again.
        foreach (var policy in RateLimitPolicies)
        {
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", "100000");
        }
    }

    /// <summary>
    /// The 2023 demo events closed registration in 2023 (as the running demo shows). Most tests register on them, so
    /// the test host reopens their window after seeding unless a test of the window itself sets this to false.
    /// </summary>
    public bool ReopenDemoRegistration { get; init; } = true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var seeded = host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Database:SeedDemo"] == "true";
        if (ReopenDemoRegistration && seeded)
        {
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Events.Where(e => e.Forum.Slug == DemoForumSeeder.ForumSlug)
                .ExecuteUpdate(u => u.SetProperty(e => e.RegistrationOpensAtUtc, (DateTime?)null).SetProperty(e => e.RegistrationClosesAtUtc, (DateTime?)null));
        }
        return host;
    }

    public static readonly string[] RateLimitPolicies = ["SignIn", "SignUp", "ForgotPassword", "Token", "CheckIn"];

    /// <summary>The app's data folder; e-mails land in its mail-pickup subfolder (see <see cref="MailPickup"/>).</summary>
    public string DataDir => _dataDir;

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Leave the data folder on dispose, for a later factory on it (<see cref="OnDataDir"/>).</summary>
    public bool KeepDataDir { get; init; }

    /// <summary>An app started on the data folder (and so the embedded database) of an earlier one.</summary>
    public static SpaceBridgeFactory OnDataDir(string dataDir, string jobSchedulerName) => new(dataDir) { JobSchedulerName = jobSchedulerName };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDataDir)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
        }
    }
}
