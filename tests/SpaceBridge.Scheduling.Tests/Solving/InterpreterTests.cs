using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Repair;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Solving;

/// <summary>
/// Interpreters as a resource: a meeting between participants without a common language needs an interpreter of the pair;
/// no solver books more of them in a slot than are free, and the validator checks that on its own.
/// </summary>
public class InterpreterTests
{
    private static readonly string[][] LanguageSets = [["ko"], ["en"], ["ko", "en"], ["ja"], ["en"], ["ko"]];

    /// <summary>
    /// A random instance whose participants speak Korean, English, both or Japanese; Korean-English interpreters are free
    /// in some slots (0-2 of them), one Japanese-English interpreter in every other slot, none for Japanese-Korean.
    /// </summary>
    private static Instance WithLanguages(int seed, bool requireAll)
    {
        var (instance, _) = RandomInstances.Create(seed, requireAll, withPins: false);
        var random = new Random(seed);
        var participants = instance.Participants.Select(p => p with { Languages = LanguageSets[random.Next(LanguageSets.Length)] }).ToList();
        return instance with
        {
            Participants = participants,
            Interpreters =
            [
                new InterpreterPool("ko", "en", [.. Enumerable.Range(0, instance.SlotCount).Select(_ => random.Next(3))]),
                new InterpreterPool("EN", "ja", [.. Enumerable.Range(0, instance.SlotCount).Select(s => s % 2)]),
            ],
        };
    }

    public static TheoryData<SolverKind, int, bool> Cases()
    {
        var data = new TheoryData<SolverKind, int, bool>();
        foreach (var kind in SolverCatalog.Available)
            foreach (var seed in new[] { 2, 13, 31, 47 })
                foreach (var requireAll in new[] { false, true })
                    data.Add(kind, seed, requireAll);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_solver_books_more_interpreters_than_are_free(SolverKind kind, int seed, bool requireAll)
    {
        var instance = WithLanguages(seed, requireAll);
        // The demand is real: without the limit, more meetings would need interpreters in some slot than are free.
        var needing = instance.Meetings.Count(m => !Speak(instance, m).Common);
        Assert.True(needing > 0, "no meeting needs an interpreter");

        var report = MeetingScheduler.Solve(instance, new SolveOptions { Kind = kind, Seed = seed, TimeLimit = TimeSpan.FromSeconds(2), Workers = 1 });

        Assert.DoesNotContain(report.Validation.Violations, v => v.Kind == ViolationKind.InterpreterCapacity);
        // Counted here as well, from the languages, without the validator.
        var used = new Dictionary<(string Pair, int Slot), int>();
        foreach (var a in report.Result.Solution.Assignments.Where(a => a.IsScheduled))
        {
            var (common, pair) = Speak(instance, instance.Meetings[a.Meeting]);
            if (common) continue;
            Assert.NotEqual("none", pair);
            var key = (pair, a.Slot!.Value);
            used[key] = used.GetValueOrDefault(key) + 1;
        }
        foreach (var ((pair, slot), count) in used)
        {
            var pool = instance.Interpreters.Single(i => string.Join("-", new[] { i.LanguageA.ToLowerInvariant(), i.LanguageB.ToLowerInvariant() }.Order()) == pair);
            Assert.True(count <= pool.AvailablePerSlot[slot], $"{count} meetings need a {pair} interpreter in slot {slot}, {pool.AvailablePerSlot[slot]} free");
        }
        if (!requireAll) Assert.True(report.IsValid, string.Join("; ", report.Validation.Violations));
    }

    [Fact]
    public void Solvers_do_schedule_interpreted_meetings_where_interpreters_are_free()
    {
        var interpreted = new[] { 2, 13, 31, 47 }.Sum(seed =>
            MeetingScheduler.Solve(WithLanguages(seed, false), new SolveOptions { Kind = SolverKind.Heuristic, Seed = seed, Workers = 1 }).Metrics.InterpretedCount);
        Assert.True(interpreted > 0);
    }

    [Fact]
    public void Validator_catches_an_over_booked_interpreter()
    {
        var instance = KoreanMeetsEnglish(interpretersInSlot0: 1);

        var twoInSlot0 = ScheduleValidator.Validate(instance, TinyInstances.Schedule((0, 0), (0, 1)));
        var apart = ScheduleValidator.Validate(instance, TinyInstances.Schedule((0, 0), (1, 1)));
        var oneLeftOut = ScheduleValidator.Validate(instance, TinyInstances.Schedule((0, 0), (null, null)));

        var violation = Assert.Single(twoInSlot0.Violations);
        Assert.Equal(ViolationKind.InterpreterCapacity, violation.Kind);
        Assert.Equal(0, violation.Slot);
        Assert.Contains(apart.Violations, v => v.Kind == ViolationKind.InterpreterCapacity && v.Slot == 1); // none free in slot 1
        Assert.True(oneLeftOut.IsValid);
        Assert.Equal(1, oneLeftOut.Metrics.InterpretedCount);
    }

    [Fact]
    public void Validator_refuses_a_meeting_whose_pair_has_no_interpreters_and_accepts_one_with_a_common_language()
    {
        var instance = KoreanMeetsEnglish(interpretersInSlot0: 1) with { Interpreters = [] };
        Assert.Contains(ScheduleValidator.Validate(instance, TinyInstances.Schedule((0, 0), (null, null))).Violations,
            v => v.Kind == ViolationKind.InterpreterCapacity && v.Meeting == 0);

        var bilingual = instance with { Participants = [.. instance.Participants.Select(p => p with { Languages = ["ko", "en"] })] };
        Assert.True(ScheduleValidator.Validate(bilingual, TinyInstances.Schedule((0, 0), (0, 1))).IsValid);
    }

    [Theory]
    [InlineData(SolverKind.Heuristic)]
    [InlineData(SolverKind.CpSat)]
    public void Two_meetings_needing_the_one_interpreter_go_to_different_slots(SolverKind kind)
    {
        var instance = KoreanMeetsEnglish(interpretersInSlot0: 1) with
        {
            Interpreters = [new InterpreterPool("ko", "en", [1, 1])],
        };

        var report = MeetingScheduler.Solve(instance, new SolveOptions { Kind = kind, Workers = 1, TimeLimit = TimeSpan.FromSeconds(2) });

        Assert.True(report.IsValid, string.Join("; ", report.Validation.Violations));
        Assert.Equal(2, report.Metrics.ScheduledCount);
        Assert.Equal(2, report.Metrics.InterpretedCount);
    }

    [Fact]
    public void Repair_keeps_within_the_interpreters()
    {
        var instance = WithLanguages(13, requireAll: false);
        var published = MeetingScheduler.Solve(instance, new SolveOptions { Kind = SolverKind.Heuristic, Seed = 13, Workers = 1 }).Result.Solution;
        // Everyone meets a new English speaker (an English-Korean or English-Japanese meeting for most).
        var newcomer = instance.Participants.Count;
        var changed = instance with
        {
            Participants = [.. instance.Participants, new Participant { Name = "New", Languages = ["en"] }],
            Meetings = [.. instance.Meetings, .. Enumerable.Range(0, newcomer).Select(p => new Meeting { Participants = [p, newcomer], Weight = 3 })],
        };

        var repaired = new ScheduleRepairer().Repair(changed, published, [.. Enumerable.Range(0, instance.Meetings.Count).Select(m => (int?)m)],
            new RepairOptions { MaxMovedShare = 1 });

        var report = ScheduleValidator.Validate(changed, repaired.Solution);
        Assert.True(report.IsValid, string.Join("; ", report.Violations));
    }

    [Fact]
    public void Languages_preferences_and_interpreters_survive_the_json_format()
    {
        var instance = KoreanMeetsEnglish(interpretersInSlot0: 2) with
        {
            Meetings = [new Meeting { Participants = [0, 1], Preferences = [MeetingPreference.MustMeet, MeetingPreference.Optional] }, new Meeting { Participants = [2, 3] }],
            Interpreters = [new InterpreterPool("ko", "en", [2, 0]), new InterpreterPool("ko", "ja", [1, 1])],
        };

        var read = InstanceJson.Parse(System.Text.Encoding.UTF8.GetBytes(InstanceJson.Serialize(instance)), "x.json");

        Assert.Equal(["ko"], read.Participants[0].Languages);
        Assert.Equal([MeetingPreference.MustMeet, MeetingPreference.Optional], read.Meetings[0].Preferences);
        Assert.Empty(read.Meetings[1].Preferences);
        Assert.Equal([2, 0], read.Interpreters[0].AvailablePerSlot);
        Assert.Equal([1, 1], read.Interpreters[1].AvailablePerSlot);
        Assert.Contains("\"must-meet\"", InstanceJson.Serialize(instance));
    }

    [Theory]
    [InlineData("""{"blocks":[{"day":0,"part":"morning","firstSlot":0,"slotCount":2}],"participants":[{},{}],"meetings":[{"participants":[0,1],"preferences":["must"]}]}""", "unknown preference 'must'")]
    [InlineData("""{"blocks":[{"day":0,"part":"morning","firstSlot":0,"slotCount":2}],"participants":[{},{}],"meetings":[],"interpreters":[{"languages":["ko"],"count":1}]}""", "must name two languages")]
    [InlineData("""{"blocks":[{"day":0,"part":"morning","firstSlot":0,"slotCount":2}],"participants":[{},{}],"meetings":[],"interpreters":[{"languages":["ko","en"],"perSlot":[1]}]}""", "list 1 slot(s), the blocks have 2")]
    [InlineData("""{"blocks":[{"day":0,"part":"morning","firstSlot":0,"slotCount":2}],"participants":[{},{}],"meetings":[],"interpreters":[{"languages":["ko","en"]}]}""", "needs count or perSlot")]
    public void Bad_preferences_and_interpreters_are_refused_with_the_reason(string json, string reason)
    {
        var error = Assert.Throws<InstanceFormatException>(() => InstanceJson.Parse(System.Text.Encoding.UTF8.GetBytes(json), "bad.json"));
        Assert.Contains(reason, error.Message);
    }

    /// <summary>Two slots, two tables; meetings (0,1) and (2,3) each between a Korean and an English speaker; the interpreters free in slot 0.</summary>
    private static Instance KoreanMeetsEnglish(int interpretersInSlot0) => new()
    {
        Name = "ko-en",
        Blocks = [new Block(0, DayPart.Morning, 0, 2)],
        Participants =
        [
            new Participant { Name = "A", Languages = ["ko"] }, new Participant { Name = "B", Languages = ["en"] },
            new Participant { Name = "C", Languages = ["ko"] }, new Participant { Name = "D", Languages = ["en"] },
        ],
        Meetings = [new Meeting { Participants = [0, 1] }, new Meeting { Participants = [2, 3] }],
        Locations = [new Location("T0"), new Location("T1")],
        Interpreters = [new InterpreterPool("ko", "en", [interpretersInSlot0, 0])],
    };

    /// <summary>
    /// Whether the two participants share a language, else the pair (sorted, lower case) of the first pool interpreting
    /// between a language of each, or "none".
    /// </summary>
    private static (bool Common, string Pair) Speak(Instance instance, Meeting meeting)
    {
        var a = instance.Participants[meeting.Participants[0]].Languages.Select(l => l.ToLowerInvariant()).ToList();
        var b = instance.Participants[meeting.Participants[1]].Languages.Select(l => l.ToLowerInvariant()).ToList();
        if (a.Intersect(b).Any()) return (true, "");
        foreach (var pool in instance.Interpreters)
        {
            var pair = new[] { pool.LanguageA.ToLowerInvariant(), pool.LanguageB.ToLowerInvariant() };
            if ((a.Contains(pair[0]) && b.Contains(pair[1])) || (a.Contains(pair[1]) && b.Contains(pair[0])))
                return (false, string.Join("-", pair.Order()));
        }
        return (false, "none");
    }
}
