using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Data.Postgres;

/// <summary>Writes through one DbContext and reads through another, so values come back from the server.</summary>
public class PostgresRoundTripTests
{
    [Fact]
    public async Task A_forum_with_bilingual_text_and_utc_session_times_round_trips_on_postgres()
    {
        await using var factory = new PostgresSpaceBridgeFactory { SeedDemo = false };
        var startsAt = new DateTime(2024, 3, 14, 0, 30, 0, DateTimeKind.Utc);

        var sessionId = await factory.WithDbAsync(async db =>
        {
            var forum = new Forum
            {
                Slug = "round-trip-forum",
                City = "Daejeon",
                TimeZoneId = "Asia/Seoul",
                Name = new("Round-trip Forum", "왕복 포럼"),
            };
            var evt = new Event
            {
                Forum = forum,
                Slug = "round-trip-day",
                TimeZoneId = "Asia/Seoul",
                Name = new("Launch day", "발사의 날"),
                StartDate = new DateOnly(2024, 3, 14),
                EndDate = new DateOnly(2024, 3, 14),
            };
            var session = new Session
            {
                Event = evt,
                Kind = SessionKind.Panel,
                Title = new("Small launchers", "소형 발사체"),
                Description = new(null, "한국어 설명만 있습니다."),
                StartsAtUtc = startsAt,
                EndsAtUtc = startsAt.AddMinutes(45),
            };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

        var stored = await factory.WithDbAsync(db => db.Sessions.AsNoTracking()
            .Include(s => s.Event).ThenInclude(e => e.Forum)
            .SingleAsync(s => s.Id == sessionId));

        Assert.Equal(startsAt, stored.StartsAtUtc);
        Assert.Equal(DateTimeKind.Utc, stored.StartsAtUtc.Kind);
        Assert.Equal(startsAt.AddMinutes(45), stored.EndsAtUtc);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.FromHours(9)), stored.Event.ToLocal(stored.StartsAtUtc));
        Assert.Equal(SessionKind.Panel, stored.Kind);
        Assert.Equal(("Small launchers", "소형 발사체"), (stored.Title.En, stored.Title.Ko));
        Assert.Null(stored.Description.En);
        Assert.Equal("한국어 설명만 있습니다.", stored.Description.In(new System.Globalization.CultureInfo("en")));
        Assert.Equal("왕복 포럼", stored.Event.Forum.Name.Ko);
    }

    [Fact]
    public async Task Without_seed_demo_a_migrated_postgres_database_holds_no_forum()
    {
        await using var factory = new PostgresSpaceBridgeFactory { SeedDemo = false };

        var (pending, forums) = await factory.WithDbAsync(async db => (
            (await db.Database.GetPendingMigrationsAsync()).Count(),
            await db.Forums.CountAsync()));

        Assert.Equal(0, pending);
        Assert.Equal(0, forums);
    }
}
