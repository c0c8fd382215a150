using System.Diagnostics;
using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Solving;

/// <summary>
/// Auto mode for literature-sized instances: the heuristic first (it finds few-break schedules fast),
/// stopping there when its schedule meets the proven break bound; otherwise the exact hybrid for the
/// rest of the time. The better valid schedule by the objective order wins.
/// </summary>
internal sealed class PortfolioSolver(IMeetingSolver first, IMeetingSolver second, double firstShare = 0.5) : IMeetingSolver
{
    private static readonly TimeSpan ReservedForReport = TimeSpan.FromMilliseconds(400);

    public SolveResult Solve(Instance instance, SolveOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var index = new InstanceIndex(instance);
        var bound = BoundsCalculator.Compute(instance).BreaksLowerBound;

        var a = first.Solve(instance, options with { TimeLimit = options.TimeLimit * firstShare }, cancellationToken);
        var aScore = Score(index, a);
        if (aScore.Valid && aScore.AllPlaced && instance.Rules.RequireAllMeetings && aScore.Breaks <= bound)
            return Named(a, a.Solver, clock, provenOptimal: true);

        // Keep a little of the limit for validating and bounding the result afterwards.
        var remaining = options.TimeLimit - clock.Elapsed - ReservedForReport;
        if (remaining <= TimeSpan.FromMilliseconds(200) || cancellationToken.IsCancellationRequested)
            return Named(a, a.Solver, clock, a.ProvenOptimal);

        var b = second.Solve(instance, options with { TimeLimit = remaining }, cancellationToken);
        var bScore = Score(index, b);
        var (best, other) = bScore.CompareTo(aScore) > 0 ? (b, a) : (a, b);
        var lowerBound = Math.Max(a.BreaksLowerBound ?? 0, b.BreaksLowerBound ?? 0);
        return Named(best with { BreaksLowerBound = Math.Max(lowerBound, best.BreaksLowerBound ?? 0) }, best.Solver, clock,
            best.ProvenOptimal || (other.ProvenOptimal && Score(index, best).CompareTo(Score(index, other)) == 0));
    }

    private static SolveResult Named(SolveResult result, string solver, Stopwatch clock, bool provenOptimal) =>
        result with { Solver = $"auto:{solver}", Elapsed = clock.Elapsed, ProvenOptimal = provenOptimal };

    private static Score Score(InstanceIndex index, SolveResult result)
    {
        var report = ScheduleValidator.Validate(index, result.Solution);
        return new Score(report.IsValid, report.Metrics.UnscheduledCount == 0, report.Metrics.ScheduledWeight,
            report.Metrics.TotalBreaks, report.Metrics.BreakSpread);
    }
}

/// <summary>A schedule's standing in the objective order: valid, weight, then fewer breaks, then a smaller spread.</summary>
internal readonly record struct Score(bool Valid, bool AllPlaced, long Weight, int Breaks, int Spread) : IComparable<Score>
{
    public int CompareTo(Score other)
    {
        if (Valid != other.Valid) return Valid ? 1 : -1;
        if (Weight != other.Weight) return Weight.CompareTo(other.Weight);
        if (Breaks != other.Breaks) return other.Breaks.CompareTo(Breaks);
        return other.Spread.CompareTo(Spread);
    }
}
