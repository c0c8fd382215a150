using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.CheckIn;
using SpaceBridge.Web.Features.Exhibition;
using SpaceBridge.Web.Features.Matchmaking.Feedback;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Features.Registrations.Delegations;
using SpaceBridge.Web.Features.Registrations.Organizations;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Infrastructure.Data;

/// <summary>
/// The application's one DbContext. Each database provider has its own subclass so that each
/// keeps its own migration set (Data/Migrations/Sqlite, Data/Migrations/Postgres):
///   dotnet ef migrations add NAME --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite
///   dotnet ef migrations add NAME --context PostgresAppDbContext --output-dir Data/Migrations/Postgres
/// (run from src/SpaceBridge.Web; see docs/decisions/001-two-migration-sets.md).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Forum> Forums => Set<Forum>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<ForumHost> ForumHosts => Set<ForumHost>();
    public DbSet<EventHost> EventHosts => Set<EventHost>();
    public DbSet<Venue> Venues => Set<Venue>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<SessionPerson> SessionPeople => Set<SessionPerson>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<ForumRoleAssignment> ForumRoles => Set<ForumRoleAssignment>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<OrganizationProposal> OrganizationProposals => Set<OrganizationProposal>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<SessionAttendance> SessionAttendances => Set<SessionAttendance>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OrganizationProfile> OrganizationProfiles => Set<OrganizationProfile>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<MeetingRequest> MeetingRequests => Set<MeetingRequest>();
    public DbSet<MatchmakingSettings> MatchmakingSettings => Set<MatchmakingSettings>();
    public DbSet<MeetingLocation> MeetingLocations => Set<MeetingLocation>();
    public DbSet<MeetingSlot> MeetingSlots => Set<MeetingSlot>();
    public DbSet<ParticipantUnavailability> ParticipantUnavailabilities => Set<ParticipantUnavailability>();
    public DbSet<ScheduleRun> ScheduleRuns => Set<ScheduleRun>();
    public DbSet<ScheduledMeeting> ScheduledMeetings => Set<ScheduledMeeting>();
    public DbSet<MeetingLock> MeetingLocks => Set<MeetingLock>();
    public DbSet<MeetingAttendance> MeetingAttendances => Set<MeetingAttendance>();
    public DbSet<MeetingFeedback> MeetingFeedback => Set<MeetingFeedback>();
    public DbSet<AgendaFeed> AgendaFeeds => Set<AgendaFeed>();
    public DbSet<HallPlan> HallPlans => Set<HallPlan>();
    public DbSet<Booth> Booths => Set<Booth>();
    public DbSet<Exhibitor> Exhibitors => Set<Exhibitor>();
    public DbSet<ExhibitorStaff> ExhibitorStaff => Set<ExhibitorStaff>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<SpaceBridge.Web.Features.Pipeline.Initiatives.Initiative> Initiatives => Set<SpaceBridge.Web.Features.Pipeline.Initiatives.Initiative>();
    public DbSet<SpaceBridge.Web.Features.Pipeline.Initiatives.InitiativeParty> InitiativeParties => Set<SpaceBridge.Web.Features.Pipeline.Initiatives.InitiativeParty>();
    public DbSet<SpaceBridge.Web.Features.Pipeline.Initiatives.InitiativeOrigin> InitiativeOrigins => Set<SpaceBridge.Web.Features.Pipeline.Initiatives.InitiativeOrigin>();
    public DbSet<SpaceBridge.Web.Features.Pipeline.Initiatives.InitiativeChange> InitiativeChanges => Set<SpaceBridge.Web.Features.Pipeline.Initiatives.InitiativeChange>();
    public DbSet<SpaceBridge.Web.Features.Pipeline.FollowUp.EmailBatch> EmailBatches => Set<SpaceBridge.Web.Features.Pipeline.FollowUp.EmailBatch>();
    public DbSet<SpaceBridge.Web.Features.Pipeline.FollowUp.EmailBatchRecipient> EmailBatchRecipients => Set<SpaceBridge.Web.Features.Pipeline.FollowUp.EmailBatchRecipient>();
    public DbSet<SpaceBridge.Web.Features.Pipeline.FollowUp.SurveyAnswer> SurveyAnswers => Set<SpaceBridge.Web.Features.Pipeline.FollowUp.SurveyAnswer>();
    /// <summary>Fixed-window counters of the rate limits that protect accounts, shared by every node.</summary>
    public DbSet<RateLimitWindow> RateLimitWindows => Set<RateLimitWindow>();
    /// <summary>Data Protection keys live in the database so app nodes share cookies and tokens.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored in UTC; SQLite forgets DateTimeKind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<SessionKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SessionRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<HostRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<OrganizationKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ForumRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<RegistrationStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ParticipantType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DelegationKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<OpportunityDirection>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<OpportunityKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MeetingRequestStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MeetingLocationKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ScheduleRunKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ScheduleRunStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MeetingOutcome>().HaveConversion<string>().HaveMaxLength(32);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
