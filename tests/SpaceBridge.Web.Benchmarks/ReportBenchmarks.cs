using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Badges;
using SpaceBridge.Web.Features.Matchmaking.Feedback;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Features.Reports;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Benchmarks;

/// <summary>
/// The post-event report and the organizer dashboard of a generated forum on the embedded SQLite database: 3,000
/// approved participants (2,400 checked in), 20,000 accepted meeting requests, each scheduled and published, with
/// feedback on a quarter of them. <see cref="DashboardFigures"/> is the dashboard page's work (every figure it shows);
/// <see cref="ReportPdf"/> is the whole report job (figures and the bilingual PDF with its charts).
/// </summary>
[MemoryDiagnoser]
// In-process: the generated boilerplate project cannot build against the web SDK project here.
[InProcess]
public class ReportBenchmarks
{
    public const int Participants = 3000, Meetings = 20000, Slots = 40;
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "spacebridge-bench", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;
    private int _forumId;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_dataDir);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(DatabaseSetup.SqliteConnectionString(_dataDir)));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new BadgeOptions()));
        services.AddSingleton<BadgeFonts>();
        services.AddScoped<ForumFigures>();
        services.AddScoped<Web.Features.Reports.ReportPdf>();
        _services = services.BuildServiceProvider();

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.Migrate();
        DemoForumSeeder.SeedAsync(db).GetAwaiter().GetResult();
        var ev = db.Events.Single(e => e.Slug == DemoForumSeeder.Day1Slug);
        _forumId = ev.ForumId;
        Generate(db, ev.Id, ev.StartDate);
    }

    [Benchmark]
    public async Task<int> DashboardFigures()
    {
        using var scope = _services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<ForumFigures>().BuildAsync(_forumId, exact: true, CancellationToken.None);
        return report!.Sections.Count;
    }

    [Benchmark]
    public async Task<int> ReportPdf()
    {
        using var scope = _services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<ForumFigures>().BuildAsync(_forumId, exact: true, CancellationToken.None);
        return scope.ServiceProvider.GetRequiredService<Web.Features.Reports.ReportPdf>().Render(report!).Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    /// <summary>The generated forum, written in a few large batches.</summary>
    public static void Generate(AppDbContext db, int eventId, DateOnly day)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(20231108);
        string[] countries = ["KR", "US", "TH", "MY", "MX", "JP", "AU", "IN"];
        var types = Enum.GetValues<ParticipantType>();
        var start = day.ToDateTime(new TimeOnly(0, 0), DateTimeKind.Utc);
        var registrations = Enumerable.Range(1, Participants).Select(i => new Registration
        {
            EventId = eventId, Email = $"bench{i}@bench.example", RomanizedName = $"Participant {i}", OrganizationName = $"Organization {i % 400}",
            CountryCode = countries[i % countries.Length], ParticipantType = types[i % types.Length], Status = RegistrationStatus.Approved,
            ConsentToProcessing = true, BadgeToken = Guid.NewGuid().ToString("N"), SubmittedAtUtc = start.AddDays(-30), StatusChangedAtUtc = start.AddDays(-20),
        }).ToList();
        db.Registrations.AddRange(registrations);
        db.SaveChanges();
        db.CheckIns.AddRange(registrations.Take(Participants * 4 / 5).Select((r, i) => new Web.Features.CheckIn.CheckIn
        {
            RegistrationId = r.Id, EventId = eventId, AtUtc = start.AddMinutes(i % 600), ByUserId = "bench",
        }));
        // After any slots the event has already (the app's demo matchmaking seeds some), under names of their own.
        var firstIndex = (db.Set<MeetingSlot>().Where(s => s.EventId == eventId).Max(s => (int?)s.Index) ?? -1) + 1;
        var slots = Enumerable.Range(0, Slots).Select(i => new MeetingSlot
        {
            EventId = eventId, Index = firstIndex + i, StartsAtUtc = start.AddMinutes(30 * i), EndsAtUtc = start.AddMinutes(30 * i + 25),
        }).ToList();
        var perSlot = Meetings / Slots;
        var locations = Enumerable.Range(1, perSlot).Select(i => new MeetingLocation { EventId = eventId, Name = $"Generated table {i}" }).ToList();
        db.AddRange(slots);
        db.AddRange(locations);
        db.SaveChanges();

        var requests = new List<MeetingRequest>(Meetings);
        for (var s = 0; s < Slots; s++)
        {
            // In each slot every participant meets at most once: pair off a shuffled list.
            var order = registrations.OrderBy(_ => random.Next()).ToList();
            for (var m = 0; m < perSlot; m++)
            {
                requests.Add(new MeetingRequest
                {
                    EventId = eventId, FromRegistrationId = order[2 * m].Id, ToRegistrationId = order[2 * m + 1].Id, Status = MeetingRequestStatus.Accepted,
                    CreatedAtUtc = start.AddDays(-10), RespondedAtUtc = start.AddDays(-9), ExpiresAtUtc = start.AddDays(1),
                });
            }
        }
        db.MeetingRequests.AddRange(requests);
        db.SaveChanges();
        var meetings = requests.Select((r, i) => new ScheduledMeeting
        {
            EventId = eventId, MeetingRequestId = r.Id, SlotId = slots[i / perSlot].Id, LocationId = locations[i % perSlot].Id, IsPublished = true,
        }).ToList();
        db.ScheduledMeetings.AddRange(meetings);
        db.SaveChanges();
        var outcomes = Enum.GetValues<MeetingOutcome>();
        db.MeetingFeedback.AddRange(meetings.Where((_, i) => i % 4 == 0).Select((m, i) => new MeetingFeedback
        {
            ScheduledMeetingId = m.Id, RegistrationId = requests[i * 4].FromRegistrationId, TookPlace = i % 10 != 0, Outcome = outcomes[i % outcomes.Length],
            CreatedAtUtc = start.AddDays(1),
        }));
        db.SaveChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }
}
