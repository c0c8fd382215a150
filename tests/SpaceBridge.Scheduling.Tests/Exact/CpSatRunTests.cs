using System.Diagnostics;
using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Generation;
using SpaceBridge.Scheduling.Io;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class CpSatRunTests
{
    /// <summary>A model CP-SAT cannot finish in seconds: 900 optional meetings, none may take a break.</summary>
    private static ScheduleModel Unfinishable()
    {
        var forum = ForumGenerator.Generate(new ForumOptions
        {
            Participants = 120, Meetings = 900, Days = 1, SlotsPerBlock = 8, Tables = 30, Seed = 7,
        });
        var instance = forum with { Rules = ContestedForums.Literature with { RequireAllMeetings = false } };
        return new ScheduleModel(instance, new SlotDomains(instance), breaksCap: 0);
    }

    [Fact]
    public void A_search_asked_to_stop_before_it_starts_does_not_start()
    {
        var model = Unfinishable();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var clock = Stopwatch.StartNew();
        var outcome = CpSatRun.Execute(model, workers: 1, seed: 1, TimeSpan.FromSeconds(30), "", null, cancelled.Token);
        clock.Stop();

        Assert.Equal(Google.OrTools.Sat.CpSolverStatus.Unknown, outcome.Status);
        Assert.Null(outcome.Slots);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"returned after {clock.Elapsed.TotalSeconds:0.00} s of a 30 s limit");
    }

    [Fact]
    public void A_search_whose_bound_stops_rising_ends_long_before_its_limit()
    {
        var model = Unfinishable();

        var clock = Stopwatch.StartNew();
        var outcome = CpSatRun.Execute(model, workers: 1, seed: 1, TimeSpan.FromSeconds(60), "", null, CancellationToken.None,
            boundStall: TimeSpan.FromSeconds(0.5));
        clock.Stop();

        Assert.False(outcome.Proven, $"status {outcome.Status}: the model was solved");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"returned after {clock.Elapsed.TotalSeconds:0.00} s of a 60 s limit");
    }

    [Fact]
    public void A_search_told_to_stop_at_a_bound_stops_once_its_bound_reaches_it_before_its_proof()
    {
        // forumt-14: optimum 5 breaks, which the same search proves when let run (BreakEndObjectiveTests). Its first
        // bound is already 5, so the search stops on it, before a schedule at 5 is found.
        var instance = DznInstanceReader.Read(BenchData.UdgFile("forumt-14.original.dzn"));
        var model = new ScheduleModel(instance, new SlotDomains(instance), breakEndObjective: true);

        var clock = Stopwatch.StartNew();
        var outcome = CpSatRun.Execute(model, workers: 1, seed: 1, TimeSpan.FromSeconds(60), "optimize_with_core:true linearization_level:0",
            null, CancellationToken.None, stopAtBound: 1);
        clock.Stop();

        Assert.NotEqual(Google.OrTools.Sat.CpSolverStatus.Optimal, outcome.Status);
        Assert.InRange(outcome.Bound, 1, 5);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"returned after {clock.Elapsed.TotalSeconds:0.00} s of a 60 s limit");
    }

    [Fact]
    public void A_search_on_a_model_it_cannot_finish_quickly_returns_soon_after_its_limit()
    {
        var model = Unfinishable();

        var clock = Stopwatch.StartNew();
        var outcome = CpSatRun.Execute(model, workers: 1, seed: 1, TimeSpan.FromSeconds(0.3), "", null, CancellationToken.None);
        clock.Stop();

        Assert.False(outcome.Proven, $"status {outcome.Status}: the model was solved before the limit");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"returned after {clock.Elapsed.TotalSeconds:0.00} s");
    }
}
