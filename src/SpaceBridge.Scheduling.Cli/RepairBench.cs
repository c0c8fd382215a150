using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SpaceBridge.Scheduling.Cli.Commands;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Repair;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Cli;

/// <summary>
/// <c>repair-bench INSTANCE</c>: schedules the instance, then cancels a share of the requests and adds
/// new ones at random, repairs the schedule and reports time, moves and validity.
/// </summary>
internal static class RepairBench
{
    public static Command Create(TextWriter output)
    {
        var instance = new Argument<FileInfo>("INSTANCE") { Description = "Instance file (.json or .dzn)" };
        var timeLimit = CommonOptions.TimeLimit();
        var seed = new Option<int>("--seed") { Description = "Random seed for the solver and the changes", DefaultValueFactory = _ => 1 };
        var cancel = new Option<double>("--cancel") { Description = "Share of requests cancelled", DefaultValueFactory = _ => 0.05 };
        var add = new Option<double>("--add") { Description = "New requests, as a share of the requests", DefaultValueFactory = _ => 0.05 };
        var command = new Command("repair-bench", "Schedule an instance, change it at random, repair the schedule and report the moves")
        {
            instance, timeLimit, seed, cancel, add,
        };
        command.SetAction(parse =>
        {
            var model = InstanceReader.Read(parse.GetRequiredValue(instance).FullName);
            var seedValue = parse.GetValue(seed);
            var options = new SolveOptions { TimeLimit = TimeSpan.FromSeconds(parse.GetValue(timeLimit)), Seed = seedValue, Kind = SolverKind.Heuristic };
            var published = SolverCatalog.Create(SolverKind.Heuristic).Solve(model, options).Solution;
            var (changed, map) = Change(model, new Random(seedValue), parse.GetValue(cancel), parse.GetValue(add));

            var clock = Stopwatch.StartNew();
            var result = new ScheduleRepairer().Repair(changed, published, map, new RepairOptions { Seed = seedValue });
            var seconds = clock.Elapsed.TotalSeconds;
            var report = ScheduleValidator.Validate(changed, result.Solution);
            var newRequests = changed.Meetings.Count - map.Count(id => id is not null);
            var placedNew = result.Moves.Count(m => m.PublishedMeeting is null && m.ToSlot is not null);
            string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
            output.WriteLine($"instance: {model.Name}; cancelled {model.Meetings.Count - map.Count(id => id is not null)}, new requests {newRequests}");
            output.WriteLine($"repair: {F(seconds)} s; unaffected {result.Unaffected}, moved {result.UnaffectedMoved} ({F(100.0 * result.UnaffectedMoved / Math.Max(1, result.Unaffected))} %); affected {result.Affected}");
            output.WriteLine($"new requests placed: {placedNew} of {newRequests}; moves listed: {result.Moves.Count}; scheduled weight {report.Metrics.ScheduledWeight}");
            output.WriteLine(report.IsValid ? "valid" : $"invalid: {report.Violations[0].Message}");
            return report.IsValid ? ExitCodes.Ok : ExitCodes.InfeasibleOrInvalid;
        });
        return command;
    }

    /// <summary>Cancels a random share of requests and adds new ones between participants who had not asked to meet.</summary>
    private static (Instance Changed, int?[] Map) Change(Instance instance, Random random, double cancelShare, double addShare)
    {
        var count = instance.Meetings.Count;
        var cancelled = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take((int)(count * cancelShare)).ToHashSet();
        var map = new int?[count];
        var next = 0;
        for (var m = 0; m < count; m++)
            if (!cancelled.Contains(m))
                map[m] = next++;
        var meetings = Enumerable.Range(0, count).Where(m => map[m] is not null)
            .Select(m => instance.Meetings[m] with { Predecessors = [.. instance.Meetings[m].Predecessors.Where(p => map[p] is not null).Select(p => map[p]!.Value)] })
            .ToList();
        var pairs = instance.Meetings.Select(m => string.Join(",", m.Participants.Order())).ToHashSet();
        var participants = instance.Participants.Count;
        var target = (int)(count * addShare);
        for (var tries = 0; meetings.Count < count - cancelled.Count + target && participants > 1 && tries < target * 20; tries++)
        {
            var a = random.Next(participants);
            var b = random.Next(participants);
            if (a == b || !pairs.Add(string.Join(",", new[] { a, b }.Order())))
                continue;
            meetings.Add(new Meeting { Participants = [a, b], Weight = 1 + random.Next(3) });
        }
        return (instance with { Meetings = meetings }, map);
    }
}
