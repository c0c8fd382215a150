using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Generation;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Tests.Cli;

namespace SpaceBridge.Scheduling.Tests.Solving;

/// <summary>
/// Deterministic mode: same instance and seed, same schedule, however busy the machine is. Runs alone: its CPU burners
/// would otherwise slow the tests of other classes that run against the wall clock.
/// </summary>
[Collection(CpuBurnCollection.Name)]
public class DeterministicModeTests
{
    private static readonly Instance Forum = ForumGenerator.Generate(new ForumOptions
    {
        Participants = 120, Meetings = 900, Days = 1, SlotsPerBlock = 8, Tables = 40, Seed = 5,
    });

    [Theory]
    [InlineData(SolverKind.Heuristic)]
    [InlineData(SolverKind.CpSat)]
    public void Two_runs_give_the_same_schedule_while_another_thread_burns_cpu(SolverKind kind)
    {
        var options = new SolveOptions { Kind = kind, Seed = 3, TimeLimit = TimeSpan.FromSeconds(1), Workers = 2, Deterministic = true };

        var quiet = MeetingScheduler.Solve(Forum, options);
        var loaded = UnderLoad(() => MeetingScheduler.Solve(Forum, options));

        Assert.True(quiet.IsValid);
        Assert.True(quiet.Metrics.ScheduledCount > 0);
        Assert.Equal(Placements(quiet.Result.Solution), Placements(loaded.Result.Solution));
    }

    [Fact]
    public void Hybrid_gives_the_same_schedule_on_a_UdG_original_under_load()
    {
        var instance = DznInstanceReader.Read(BenchData.UdgFile("tic-12.original.dzn"));
        var options = new SolveOptions { Kind = SolverKind.Auto, Seed = 2, TimeLimit = TimeSpan.FromSeconds(2), Deterministic = true };

        var quiet = MeetingScheduler.Solve(instance, options);
        var loaded = UnderLoad(() => MeetingScheduler.Solve(instance, options));

        Assert.Equal("hybrid", quiet.Result.Solver);
        Assert.True(quiet.IsValid);
        Assert.Equal(Placements(quiet.Result.Solution), Placements(loaded.Result.Solution));
    }

    [Fact]
    public void Auto_takes_the_hybrid_solver_instead_of_the_pipeline_and_the_pipeline_refuses_the_mode()
    {
        var instance = Forum with { Meetings = Forum.Meetings.Take(50).ToList(), Rules = new SchedulingRules { RequireAllMeetings = true } };

        Assert.Equal(SolverKind.BreakMinimizing, MeetingScheduler.ResolveKind(instance, SolverKind.Auto, deterministic: false));
        Assert.Equal(SolverKind.Hybrid, MeetingScheduler.ResolveKind(instance, SolverKind.Auto, deterministic: true));
        Assert.Throws<NotSupportedException>(() => new BreakMinimizingSolver().Solve(instance, new SolveOptions { Deterministic = true }));
    }

    [Fact]
    public void The_command_line_accepts_deterministic_and_rejects_it_for_the_pipeline()
    {
        using var directory = new TempDirectory();
        var udg = BenchData.UdgFile("tic-12.original.dzn");

        var ok = CliRun.Of("solve", udg, "--deterministic", "--time-limit", "2");
        var refused = CliRun.Of("solve", udg, "--deterministic", "--solver", "break-minimizing");

        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("hybrid", ok.Output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("no deterministic mode", refused.Error);
    }

    private static string[] Placements(Solution solution) =>
        [.. solution.Assignments.OrderBy(a => a.Meeting).Select(a => $"{a.Meeting}:{a.Slot}:{a.Location}")];

    /// <summary>Runs the action while one spinning thread per core competes for the processors.</summary>
    private static T UnderLoad<T>(Func<T> action)
    {
        using var stop = new CancellationTokenSource();
        var burners = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new Thread(() =>
        {
            var x = 1.0;
            while (!stop.IsCancellationRequested) x = Math.Sqrt(x + 1);
            GC.KeepAlive(x);
        }) { IsBackground = true }).ToList();
        burners.ForEach(t => t.Start());
        try { return action(); }
        finally
        {
            stop.Cancel();
            burners.ForEach(t => t.Join());
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CpuBurnCollection
{
    public const string Name = "cpu burn";
}
