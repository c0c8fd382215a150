using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Tests.Features.Programme.Editing;

public class ProgrammeRulesTests
{
    private static readonly Event Symposium = new()
    {
        Slug = "s", TimeZoneId = "Asia/Seoul",
        StartDate = new DateOnly(2023, 11, 8), EndDate = new DateOnly(2023, 11, 8),
    };

    // 09:00 in Seoul is 00:00 UTC.
    private static DateTime Seoul(int hour, int minute = 0) => new DateTime(2023, 11, 8, 0, 0, 0, DateTimeKind.Utc).AddHours(hour - 9).AddMinutes(minute);

    private static Session Existing(int id, int hour, int endHour, int? room = null, params int[] people)
    {
        var session = new Session
        {
            Id = id, Title = new($"Session {id}", null), StartsAtUtc = Seoul(hour), EndsAtUtc = Seoul(endHour), RoomId = room,
        };
        session.People.AddRange(people.Select(p => new SessionPerson { PersonId = p, Person = new Person { Id = p, RomanizedName = $"P{p}" } }));
        return session;
    }

    [Fact]
    public void A_session_that_ends_before_it_starts_is_refused()
    {
        var violations = ProgrammeRules.Check(new SessionPlan(null, Seoul(11), Seoul(10), null, []), Symposium, []);
        Assert.Contains(violations, v => v.Field == "EndsAt");
    }

    [Fact]
    public void A_session_outside_the_event_days_is_refused()
    {
        var nextDay = Seoul(10).AddDays(1);
        var violations = ProgrammeRules.Check(new SessionPlan(null, nextDay, nextDay.AddHours(1), null, []), Symposium, []);
        Assert.Contains(violations, v => v.Field == "StartsAt" && v.Message.Contains("Asia/Seoul"));
    }

    [Fact]
    public void A_session_late_in_the_local_evening_is_within_the_event()
    {
        // 23:00 in Seoul is still 8 Nov locally although it is 14:00 UTC.
        var violations = ProgrammeRules.Check(new SessionPlan(null, Seoul(22), Seoul(23, 30), null, []), Symposium, []);
        Assert.Empty(violations);
    }

    [Fact]
    public void A_room_never_hosts_two_sessions_at_once_and_the_conflict_is_named()
    {
        var violations = ProgrammeRules.Check(new SessionPlan(null, Seoul(10), Seoul(11), 7, []), Symposium, [Existing(42, 10, 12, room: 7)]);
        var violation = Assert.Single(violations);
        Assert.Equal(42, violation.ConflictingSessionId);
        Assert.Contains("Session 42", violation.Message);
    }

    [Fact]
    public void A_person_is_never_in_two_sessions_at_once()
    {
        var violations = ProgrammeRules.Check(new SessionPlan(null, Seoul(11), Seoul(12), 1, [5]), Symposium, [Existing(9, 10, 12, room: 2, people: 5)]);
        var violation = Assert.Single(violations);
        Assert.Equal(("PersonIds", 9), (violation.Field, violation.ConflictingSessionId));
        Assert.Contains("P5", violation.Message);
    }

    [Fact]
    public void Back_to_back_sessions_in_one_room_do_not_conflict()
    {
        var violations = ProgrammeRules.Check(new SessionPlan(null, Seoul(12), Seoul(13), 7, [5]), Symposium, [Existing(1, 10, 12, room: 7, people: 5)]);
        Assert.Empty(violations);
    }

    [Fact]
    public void A_session_does_not_conflict_with_its_own_earlier_version()
    {
        var violations = ProgrammeRules.Check(new SessionPlan(3, Seoul(10), Seoul(11), 7, [5]), Symposium, [Existing(3, 10, 12, room: 7, people: 5)]);
        Assert.Empty(violations);
    }

    [Fact]
    public void EnsureValid_throws_a_conflict_listing_every_field_and_naming_the_other_session()
    {
        var ex = Assert.Throws<AgendaConflictException>(() => ProgrammeRules.EnsureValid(
            new SessionPlan(null, Seoul(10), Seoul(11), 7, [5]), Symposium, [Existing(1, 10, 12, room: 7, people: 5)]));
        Assert.Equal(["PersonIds", "RoomId"], ex.Errors.Keys.Order());
        Assert.Equal(409, ex.StatusCode);
        Assert.Equal([1], (int[])ex.Extensions!["conflictingSessionIds"]!);
    }

    [Fact]
    public void EnsureValid_throws_a_validation_error_when_a_rule_other_than_a_double_booking_is_broken()
    {
        var ex = Assert.Throws<DomainValidationException>(() => ProgrammeRules.EnsureValid(
            new SessionPlan(null, Seoul(11), Seoul(10), 7, [5]), Symposium, [Existing(1, 10, 12, room: 7, people: 5)]));
        Assert.Contains("EndsAt", ex.Errors.Keys);
    }
}
