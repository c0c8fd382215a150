using System.Security.Claims;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Registrations.Import;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Benchmarks;

/// <summary>
/// A 1,000-row registration CSV on the embedded SQLite database: parsing alone (the baseline),
/// the dry run (parse + checks against the database) and the real import (all rows in one transaction).
/// </summary>
[MemoryDiagnoser]
// In-process: the generated boilerplate project cannot build against the web SDK project here.
[InProcess]
public class RegistrationImportBenchmarks
{
    private const int Rows = 1000;
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "spacebridge-bench", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;
    private byte[] _csv = [];
    private int _eventId;
    private HashSet<string> _countries = [];
    private readonly ClaimsPrincipal _organizer = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "bench-organizer")], "bench"));

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_dataDir);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(DatabaseSetup.SqliteConnectionString(_dataDir)));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditLog>();
        services.AddScoped<RegistrationImporter>();
        _services = services.BuildServiceProvider();

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.Migrate();
        DemoForumSeeder.SeedAsync(db).GetAwaiter().GetResult();
        _eventId = db.Events.Single(e => e.Slug == DemoForumSeeder.Day1Slug).Id;
        _countries = db.Countries.Select(c => c.Code).ToHashSet();
        _csv = ImportFile(Rows);
    }

    [IterationSetup(Target = nameof(Import))]
    public void ClearRegistrations()
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Registrations.Where(r => r.EventId == _eventId).ExecuteDelete();
    }

    [Benchmark(Baseline = true)]
    public int Parse()
    {
        using var scope = _services.CreateScope();
        var l = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        return RegistrationCsvReader.Read(_csv, _countries, new HashSet<string>(), l).Rows.Count;
    }

    [Benchmark]
    public async Task<int> DryRun()
    {
        using var scope = _services.CreateScope();
        var plan = await scope.ServiceProvider.GetRequiredService<RegistrationImporter>().DryRunAsync(_eventId, _csv);
        return plan.Rows.Count;
    }

    [Benchmark]
    public async Task<int> Import()
    {
        using var scope = _services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RegistrationImporter>().ImportAsync(_eventId, _csv, _organizer);
        if (outcome.Imported != Rows)
        {
            throw new InvalidOperationException($"imported {outcome.Imported} of {Rows} rows");
        }
        return outcome.Imported;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    private static byte[] ImportFile(int rows)
    {
        var csv = new StringBuilder("email,hangul_name,romanized_name,organization,country,position,participant_type,dietary_needs,accessibility_needs,interpreter_language,consent_to_directory\r\n");
        string[] countries = ["KR", "US", "TH", "MY", "MX"];
        for (var i = 1; i <= rows; i++)
        {
            csv.Append($"person{i}@bench.example,홍길동{i},Hong Gil-dong {i},\"Space Agency, Inc.\",{countries[i % 5]},Director,Delegate,,,,{(i % 2 == 0 ? "yes" : "no")}\r\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
