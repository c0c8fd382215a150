using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>The lock tests on PostgreSQL: the event's schedule lock, the unique indexes and the queries run there too.</summary>
public sealed class MeetingLockPostgresTests() : MeetingLockTests(new PostgresSpaceBridgeFactory());
