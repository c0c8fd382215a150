using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Repair;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Solving;

/// <summary>
/// Organizer locks: a meeting with a pinned slot and a pinned location (the instance's <c>pinnedSlot</c> and
/// <c>pinnedLocation</c>) stays exactly there, in every solver and in repair.
/// </summary>
public class OrganizerLockTests
{
    /// <summary>A random instance with a quarter of its hidden schedule's meetings locked where the hidden schedule has them.</summary>
    private static (Instance Instance, Dictionary<int, (int Slot, int Location)> Locks) Locked(int seed, bool requireAll)
    {
        var (instance, hidden) = RandomInstances.Create(seed, requireAll, withPins: false);
        var random = new Random(seed);
        var locks = hidden.Assignments.Where(a => a.IsScheduled && random.NextDouble() < 0.25)
            .ToDictionary(a => a.Meeting, a => (Slot: a.Slot!.Value, Location: a.Location!.Value));
        var meetings = instance.Meetings.Select((m, i) => locks.TryGetValue(i, out var at)
            ? m with { PinnedSlot = at.Slot, PinnedLocation = at.Location, Session = SessionRestriction.Any }
            : m).ToList();
        return (instance with { Meetings = meetings }, locks);
    }

    public static TheoryData<SolverKind, int, bool> Cases()
    {
        var data = new TheoryData<SolverKind, int, bool>();
        foreach (var kind in SolverCatalog.Available)
            foreach (var seed in new[] { 3, 11, 29 })
                foreach (var requireAll in new[] { false, true })
                    data.Add(kind, seed, requireAll);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Locked_meetings_stay_at_their_slot_and_location(SolverKind kind, int seed, bool requireAll)
    {
        var (instance, locks) = Locked(seed, requireAll);
        Assert.NotEmpty(locks);

        var report = MeetingScheduler.Solve(instance, new SolveOptions { Kind = kind, Seed = seed, TimeLimit = TimeSpan.FromSeconds(2), Workers = 1 });

        AssertLocksHeld(report.Result.Solution, locks);
        Assert.DoesNotContain(report.Validation.Violations, v => v.Kind is ViolationKind.PinnedSlot or ViolationKind.PinnedLocation);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(29)]
    public void Repair_after_cancellations_and_new_requests_leaves_locked_meetings_where_they_are(int seed)
    {
        var (instance, locks) = Locked(seed, requireAll: false);
        var published = MeetingScheduler.Solve(instance, new SolveOptions { Kind = SolverKind.Heuristic, Seed = seed, Workers = 1 }).Result.Solution;
        // Cancel every unlocked meeting of participant 0 and add requests between everyone and participant 1.
        var map = new int?[instance.Meetings.Count];
        var meetings = new List<Meeting>();
        for (var m = 0; m < instance.Meetings.Count; m++)
        {
            if (!locks.ContainsKey(m) && instance.Meetings[m].Participants.Contains(0)) continue;
            map[m] = meetings.Count;
            meetings.Add(instance.Meetings[m] with { Predecessors = [] });
        }
        for (var p = 2; p < instance.Participants.Count; p++) meetings.Add(new Meeting { Participants = [1, p], Weight = 5 });
        var changed = instance with { Meetings = meetings };

        var repaired = new ScheduleRepairer().Repair(changed, published, map, new RepairOptions { Seed = seed, MaxMovedShare = 1 });

        AssertLocksHeld(repaired.Solution, locks.ToDictionary(l => map[l.Key]!.Value, l => l.Value));
        Assert.DoesNotContain(repaired.Moves, move => move.PublishedMeeting is { } was && locks.ContainsKey(was));
        Assert.True(ScheduleValidator.Validate(changed, repaired.Solution).Violations
            .All(v => v.Kind is not (ViolationKind.PinnedSlot or ViolationKind.PinnedLocation)));
    }

    private static void AssertLocksHeld(Solution solution, Dictionary<int, (int Slot, int Location)> locks)
    {
        foreach (var (meeting, at) in locks)
        {
            var assignment = solution.Assignments.Single(a => a.Meeting == meeting);
            Assert.True((assignment.Slot, assignment.Location) == (at.Slot, at.Location),
                $"locked meeting {meeting} belongs in slot {at.Slot} at location {at.Location} but is in slot {assignment.Slot} at {assignment.Location}");
        }
    }
}
