using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Repair;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Solving;

/// <summary>
/// Preferences in the weight: a request some side marks must-meet is placed before any optional request (and any plain
/// one) it competes with, whatever their weights, in every solver and in repair; the counts are reported separately.
/// </summary>
public class PreferenceTests
{
    private static readonly MeetingPreference[] MustMeet = [MeetingPreference.Meet, MeetingPreference.MustMeet];
    private static readonly MeetingPreference[] Optional = [MeetingPreference.Optional, MeetingPreference.Optional];

    /// <summary>One slot. Competing for a participant: (0,1) against (0,2); for the one table: (0,1) against (2,3).</summary>
    private static Instance Contest(bool forTable, bool strongFirst, MeetingPreference[] strong, MeetingPreference[] weak, int tables = 2)
    {
        var weakMeeting = new Meeting { Participants = [0, 1], Weight = 3, Preferences = weak, ExternalId = "weak" };
        var strongMeeting = new Meeting { Participants = forTable ? [2, 3] : [0, 2], Weight = 1, Preferences = strong, ExternalId = "strong" };
        return new Instance
        {
            Name = "contest",
            Blocks = [new Block(0, DayPart.Morning, 0, 1)],
            Participants = [.. Enumerable.Range(0, 4).Select(p => new Participant { Name = $"P{p}" })],
            Meetings = strongFirst ? [strongMeeting, weakMeeting] : [weakMeeting, strongMeeting],
            Locations = [.. Enumerable.Range(0, forTable ? 1 : tables).Select(t => new Location($"T{t}"))],
        };
    }

    public static TheoryData<SolverKind, bool, bool> Cases()
    {
        var data = new TheoryData<SolverKind, bool, bool>();
        foreach (var kind in SolverCatalog.Available)
            foreach (var forTable in new[] { false, true })
                foreach (var strongFirst in new[] { false, true })
                    data.Add(kind, forTable, strongFirst);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Must_meet_placed_before_any_optional_request_when_both_compete(SolverKind kind, bool forTable, bool strongFirst)
    {
        var instance = Contest(forTable, strongFirst, MustMeet, Optional);

        var report = MeetingScheduler.Solve(instance, new SolveOptions { Kind = kind, TimeLimit = TimeSpan.FromSeconds(2), Workers = 1 });

        Assert.True(report.IsValid, string.Join("; ", report.Validation.Violations));
        Assert.Equal(["strong"], Scheduled(instance, report.Result.Solution));
        Assert.Equal((1, 1, 0), (report.Metrics.MustMeetCount, report.Metrics.MustMeetScheduled, report.Metrics.MustMeetUnscheduled));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_meet_request_goes_before_a_heavier_optional_one(SolverKind kind, bool forTable, bool strongFirst)
    {
        var instance = Contest(forTable, strongFirst, [MeetingPreference.Meet, MeetingPreference.Optional], Optional);

        var report = MeetingScheduler.Solve(instance, new SolveOptions { Kind = kind, TimeLimit = TimeSpan.FromSeconds(2), Workers = 1 });

        Assert.Equal(["strong"], Scheduled(instance, report.Result.Solution));
        Assert.Equal(0, report.Metrics.MustMeetCount);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Without_preferences_the_heavier_request_wins(SolverKind kind, bool forTable, bool strongFirst)
    {
        var instance = Contest(forTable, strongFirst, [], []);

        var report = MeetingScheduler.Solve(instance, new SolveOptions { Kind = kind, TimeLimit = TimeSpan.FromSeconds(2), Workers = 1 });

        Assert.Equal(["weak"], Scheduled(instance, report.Result.Solution));
    }

    public static TheoryData<SolverKind, int> RandomCases()
    {
        var data = new TheoryData<SolverKind, int>();
        foreach (var kind in SolverCatalog.Available)
            foreach (var seed in new[] { 5, 17, 41, 73 })
                data.Add(kind, seed);
        return data;
    }

    /// <summary>
    /// On over-subscribed random instances: no must-meet request is left out while one of its slots is held only by optional
    /// requests (its participants' meetings there are optional, and so is one at a table when the tables are full).
    /// </summary>
    [Theory]
    [MemberData(nameof(RandomCases))]
    public void No_must_meet_request_is_left_out_for_optional_ones(SolverKind kind, int seed)
    {
        var instance = WithRandomPreferences(seed);
        Assert.Contains(instance.Meetings, m => MeetingPriority.Tier(m) == PriorityTier.MustMeet);
        Assert.Contains(instance.Meetings, m => MeetingPriority.Tier(m) == PriorityTier.Optional);

        var report = MeetingScheduler.Solve(instance, new SolveOptions { Kind = kind, Seed = seed, TimeLimit = TimeSpan.FromSeconds(2), Workers = 1 });

        Assert.True(report.IsValid, string.Join("; ", report.Validation.Violations));
        var slots = new int?[instance.Meetings.Count];
        foreach (var a in report.Result.Solution.Assignments) slots[a.Meeting] = a.Slot;
        var index = new InstanceIndex(instance);
        for (var m = 0; m < slots.Length; m++)
        {
            if (slots[m] is not null || MeetingPriority.Tier(instance.Meetings[m]) != PriorityTier.MustMeet) continue;
            foreach (var s in index.AllowedSlots(m))
            {
                var inSlot = Enumerable.Range(0, slots.Length).Where(o => slots[o] == s).ToList();
                var blockers = inSlot.Where(o => instance.Meetings[o].Participants.Intersect(instance.Meetings[m].Participants).Any()).ToList();
                if (!blockers.All(o => MeetingPriority.Tier(instance.Meetings[o]) == PriorityTier.Optional)) continue;
                var tableFree = inSlot.Count - blockers.Count < instance.Locations.Count;
                var optionalAtTable = inSlot.Except(blockers).Any(o => MeetingPriority.Tier(instance.Meetings[o]) == PriorityTier.Optional);
                Assert.False(tableFree || optionalAtTable,
                    $"must-meet request {m} is unscheduled although slot {s} holds only optional requests in its way ({string.Join(", ", blockers)})");
            }
        }
    }

    [Fact]
    public void Repair_places_a_new_must_meet_request_before_a_new_optional_one()
    {
        // Two slots, one table; the published schedule has (0,1) in slot 0, so one slot is left for two new requests.
        var instance = new Instance
        {
            Name = "repair",
            Blocks = [new Block(0, DayPart.Morning, 0, 2)],
            Participants = [.. Enumerable.Range(0, 6).Select(p => new Participant { Name = $"P{p}" })],
            Meetings =
            [
                new Meeting { Participants = [0, 1] },
                new Meeting { Participants = [2, 3], Weight = 3, Preferences = Optional, ExternalId = "weak" },
                new Meeting { Participants = [4, 5], Weight = 1, Preferences = MustMeet, ExternalId = "strong" },
            ],
            Locations = [new Location("T0")],
        };
        var published = new Solution { Assignments = [new Assignment(0, 0, 0)] };

        var repaired = new ScheduleRepairer().Repair(instance, published, [0]);

        Assert.True(ScheduleValidator.Validate(instance, repaired.Solution).IsValid);
        Assert.Equal(0, repaired.Solution.Assignments.Single(a => a.Meeting == 0).Slot);
        Assert.Equal(1, repaired.Solution.Assignments.Single(a => a.Meeting == 2).Slot);
        Assert.Null(repaired.Solution.Assignments.Single(a => a.Meeting == 1).Slot);
    }

    [Fact]
    public void Tiers_outweigh_every_tier_after_them_and_leave_plain_weights_alone()
    {
        var plain = Contest(false, false, [], []);
        Assert.Equal([3L * 7, 1L * 7], MeetingPriority.Effective(plain, 7));

        var tiered = Contest(false, false, MustMeet, Optional);
        var effective = MeetingPriority.Effective(tiered, 7);
        Assert.True(effective[1] > effective[0] + 6, $"must-meet {effective[1]} against optional {effective[0]}");
        Assert.Equal(PriorityTier.Locked, MeetingPriority.Tier(new Meeting { Participants = [0, 1], PinnedSlot = 0, Preferences = Optional }));
        Assert.Equal(PriorityTier.Meet, MeetingPriority.Tier(new Meeting { Participants = [0, 1], Preferences = [MeetingPreference.Optional] }));
    }

    private static Instance WithRandomPreferences(int seed)
    {
        var (instance, _) = RandomInstances.Create(seed, requireAll: false, withPins: false);
        var random = new Random(seed);
        var marks = new[] { MeetingPreference.MustMeet, MeetingPreference.Meet, MeetingPreference.Optional };
        var meetings = instance.Meetings.Select((m, i) => m with
        {
            Predecessors = [],
            // Guarantee one of each tier, then draw.
            Preferences = i switch
            {
                0 => MustMeet,
                1 => Optional,
                _ => random.Next(3) switch { 0 => MustMeet, 1 => Optional, _ => [marks[random.Next(3)], MeetingPreference.Meet] },
            },
        }).ToList();
        return instance with { Meetings = meetings };
    }

    private static string[] Scheduled(Instance instance, Solution solution) =>
        [.. solution.Assignments.Where(a => a.IsScheduled).Select(a => instance.Meetings[a.Meeting].ExternalId ?? "")];
}
