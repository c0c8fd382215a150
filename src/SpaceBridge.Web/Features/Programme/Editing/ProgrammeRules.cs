using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.Editing;

/// <summary>A session as an organizer wants it to be: new (Id null) or a change to an existing one.</summary>
public sealed record SessionPlan(int? Id, DateTime StartsAtUtc, DateTime EndsAtUtc, int? RoomId, IReadOnlyCollection<int> PersonIds);

/// <summary>One broken rule, naming the session it conflicts with when there is one.</summary>
public sealed record AgendaViolation(string Field, string Message, int? ConflictingSessionId = null);

/// <summary>
/// The organizer-side rules of an agenda, in one place: a session ends after it starts and lies
/// within its event; a room never hosts two sessions at once; a person is never in two sessions at once.
/// Sessions that merely touch (one ends when the next starts) do not overlap.
/// </summary>
public static class ProgrammeRules
{
    public static IReadOnlyList<AgendaViolation> Check(SessionPlan plan, Event ev, IEnumerable<Session> otherSessions)
    {
        var violations = new List<AgendaViolation>();
        if (plan.EndsAtUtc <= plan.StartsAtUtc)
        {
            violations.Add(new("EndsAt", "The session must end after it starts."));
        }

        var (eventStart, eventEnd) = ev.UtcRange();
        if (plan.StartsAtUtc < eventStart || plan.EndsAtUtc > eventEnd)
        {
            violations.Add(new("StartsAt",
                $"The session must lie within the event ({ev.StartDate:yyyy-MM-dd} to {ev.EndDate:yyyy-MM-dd}, {ev.TimeZoneId})."));
        }

        foreach (var other in otherSessions)
        {
            if (other.Id == plan.Id || !Overlaps(plan, other))
            {
                continue;
            }
            if (plan.RoomId is { } room && other.RoomId == room)
            {
                violations.Add(new("RoomId", $"The room already hosts \"{other.Title.Current}\" at that time.", other.Id));
            }
            foreach (var person in other.People.Where(p => plan.PersonIds.Contains(p.PersonId)))
            {
                var name = person.Person?.RomanizedName ?? $"Person {person.PersonId}";
                violations.Add(new("PersonIds", $"{name} is already in \"{other.Title.Current}\" at that time.", other.Id));
            }
        }
        return violations;
    }

    private static bool Overlaps(SessionPlan plan, Session other) =>
        plan.StartsAtUtc < other.EndsAtUtc && other.StartsAtUtc < plan.EndsAtUtc;

    public static void EnsureValid(SessionPlan plan, Event ev, IEnumerable<Session> otherSessions)
    {
        var violations = Check(plan, ev, otherSessions);
        // A double booking is a conflict with another session (409); any other broken rule is bad input (400).
        if (violations.Count > 0 && violations.All(v => v.ConflictingSessionId is not null))
        {
            throw new AgendaConflictException(violations);
        }
        if (violations.Count > 0)
        {
            throw new DomainValidationException(violations
                .GroupBy(v => v.Field)
                .ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()));
        }
    }
}
