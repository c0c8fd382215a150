using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Validation;
using SpaceBridge.Web.Features.Matchmaking.Interpreters;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>Translates between a scheduler solution (indices) and a stored proposal (database ids).</summary>
public static class ProposalMapper
{
    public static (List<ProposedMeeting> Meetings, List<UnscheduledRequest> Unscheduled) FromSolution(EventInstance map, Solution solution)
    {
        var meetings = new List<ProposedMeeting>();
        var unscheduled = new List<UnscheduledRequest>();
        var seen = new HashSet<int>();
        foreach (var a in solution.Assignments.OrderBy(a => a.Meeting))
        {
            seen.Add(a.Meeting);
            var requestId = map.RequestIds[a.Meeting];
            if (a is { Slot: { } slot, Location: { } location })
            {
                meetings.Add(new ProposedMeeting(requestId, map.SlotIds[slot], map.LocationIds[location]));
            }
            else
            {
                var reason = a.UnscheduledReason ?? (a.Slot is null ? "no common free slot" : "no free table");
                unscheduled.Add(new UnscheduledRequest(requestId, InterpreterUse.Explain(map.Instance, solution, a.Meeting, reason)));
            }
        }
        for (var m = 0; m < map.RequestIds.Count; m++)
        {
            if (!seen.Contains(m))
            {
                unscheduled.Add(new UnscheduledRequest(map.RequestIds[m], "not placed by the solver"));
            }
        }
        return (meetings, unscheduled);
    }

    /// <summary>
    /// The proposal as a solution of the CURRENT instance. Problems name what no longer fits: a request that is no
    /// longer accepted (or a participant no longer approved), a slot or table that no longer exists.
    /// </summary>
    public static (Solution Solution, List<ProposalProblem> Problems) ToSolution(EventInstance map, IEnumerable<ProposedMeeting> meetings)
    {
        var problems = new List<ProposalProblem>();
        var assignments = new List<Assignment>();
        var placed = new HashSet<int>();
        foreach (var m in meetings)
        {
            if (map.MeetingOf(m.RequestId) is not { } meeting)
            {
                problems.Add(new ProposalProblem(m.RequestId, SlotOrTableGone: false));
                continue;
            }
            var slot = map.SlotOf(m.SlotId);
            var location = map.LocationOf(m.LocationId);
            if (slot is null || location is null)
            {
                problems.Add(new ProposalProblem(m.RequestId, SlotOrTableGone: true));
                continue;
            }
            placed.Add(meeting);
            assignments.Add(new Assignment(meeting, slot, location));
        }
        for (var m = 0; m < map.RequestIds.Count; m++)
        {
            if (!placed.Contains(m))
            {
                assignments.Add(new Assignment(m, null, null, "not in the schedule"));
            }
        }
        return (new Solution { Assignments = assignments }, problems);
    }

    /// <summary>Every request needing an interpreter with the pair its meeting draws on (placed or not).</summary>
    public static Dictionary<int, string> Interpreters(EventInstance map) =>
        Enumerable.Range(0, map.RequestIds.Count).Select(m => (Request: map.RequestIds[m], Pair: InterpreterUse.PairOf(map.Instance, m)))
            .Where(x => x.Pair is not null).ToDictionary(x => x.Request, x => x.Pair!);

    /// <summary>The figures of a validated solution, with the bounds on table changes and on each participant's breaks.</summary>
    public static ScheduleStatistics Statistics(EventInstance map, ScheduleMetrics metrics, Solution solution)
    {
        var instance = map.Instance;
        var slots = new int?[instance.Meetings.Count];
        foreach (var a in solution.Assignments)
        {
            if (a.Meeting >= 0 && a.Meeting < slots.Length && a.Slot is { } s && s >= 0 && s < instance.SlotCount && a.Location is not null)
            {
                slots[a.Meeting] = s;
            }
        }
        var breakBounds = BreakLowerBound.ForSchedule(new InstanceIndex(instance), slots);
        return Statistics(map, metrics) with
        {
            // Any assignment that keeps pins and booths: an organizer's move may seat a meeting at an idle booth.
            TableChangesLowerBound = TableChangeLowerBound.Compute(instance, slots, tablesFirst: false).Total,
            BreaksLowerBound = breakBounds.Sum(),
            ParticipantsAboveBreakBound = BreakLowerBound.ParticipantsAbove(metrics.BreaksPerParticipant, breakBounds),
        };
    }

    private static ScheduleStatistics Statistics(EventInstance map, ScheduleMetrics metrics) => new(
        Requests: map.RequestIds.Count,
        Scheduled: metrics.ScheduledCount,
        ScheduledShare: map.RequestIds.Count == 0 ? 1 : (double)metrics.ScheduledCount / map.RequestIds.Count,
        ScheduledWeight: metrics.ScheduledWeight,
        TotalWeight: metrics.ScheduledWeight + metrics.UnscheduledWeight,
        Participants: map.RegistrationIds.Count,
        TotalBreaks: metrics.TotalBreaks,
        BreakSpread: metrics.BreakSpread,
        LocationChanges: metrics.TotalLocationChanges,
        MustMeet: metrics.MustMeetCount,
        MustMeetScheduled: metrics.MustMeetScheduled,
        Interpreted: metrics.InterpretedCount);

    public static string Describe(IEnumerable<Violation> violations) =>
        string.Join("; ", violations.Take(5).Select(v => v.Message));
}
