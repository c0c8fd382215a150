using SpaceBridge.Web.Features.Programme.Events;

namespace SpaceBridge.Web.Tests.Features.Programme.Events;

public class EventTimeTests
{
    private static Event In(string zone) => new()
    {
        Slug = "e", TimeZoneId = zone, StartDate = new DateOnly(2023, 11, 8), EndDate = new DateOnly(2023, 11, 9),
    };

    [Fact]
    public void A_Seoul_morning_is_the_previous_evening_in_UTC()
    {
        var utc = In("Asia/Seoul").ToUtc(new DateOnly(2023, 11, 8), new TimeOnly(9, 30));
        Assert.Equal(new DateTime(2023, 11, 8, 0, 30, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void A_local_day_spans_local_midnight_to_local_midnight()
    {
        var (from, to) = In("Asia/Seoul").DayBoundsUtc(new DateOnly(2023, 11, 9));
        Assert.Equal(new DateTime(2023, 11, 8, 15, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2023, 11, 9, 15, 0, 0, DateTimeKind.Utc), to);
        Assert.Equal((new DateTime(2023, 11, 7, 15, 0, 0), new DateTime(2023, 11, 9, 15, 0, 0)), In("Asia/Seoul").UtcRange());
    }

    [Fact]
    public void A_time_skipped_by_summer_time_moves_forward_by_the_gap()
    {
        // 2024-03-10 02:30 does not exist in New York: clocks go from 02:00 EST to 03:00 EDT.
        var utc = In("America/New_York").ToUtc(new DateOnly(2024, 3, 10), new TimeOnly(2, 30));
        Assert.Equal(new DateTime(2024, 3, 10, 7, 30, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void A_time_that_occurs_twice_takes_its_first_occurrence()
    {
        // 2024-11-03 01:30 happens twice in New York: first at EDT (UTC-4), then at EST (UTC-5).
        var utc = In("America/New_York").ToUtc(new DateOnly(2024, 11, 3), new TimeOnly(1, 30));
        Assert.Equal(new DateTime(2024, 11, 3, 5, 30, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void Local_time_round_trips_with_its_offset()
    {
        var ev = In("Asia/Seoul");
        var local = ev.ToLocal(ev.ToUtc(new DateOnly(2023, 11, 8), new TimeOnly(14, 0)));
        Assert.Equal(new DateTimeOffset(2023, 11, 8, 14, 0, 0, TimeSpan.FromHours(9)), local);
    }
}
