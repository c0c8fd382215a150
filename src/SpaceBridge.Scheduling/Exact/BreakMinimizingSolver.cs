using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// For the literature's mode (every meeting required, fewest breaks): runs a <see cref="BreakMinimizingPipeline"/> per
/// call (docs/decisions/002-scheduler-design.md). Instances with optional meetings go to <see cref="CpSatSolver"/>.
/// Auto's choice for required instances up to <see cref="MeetingScheduler.ExactMeetingLimit"/> meetings; on the
/// command line <c>--solver break-minimizing</c> (or its former name <c>lns</c>).
/// </summary>
/// <param name="probeShare">Share of the limit for the zero-break probe.</param>
/// <param name="heuristicShare">Share of the limit for the heuristic.</param>
/// <param name="sideBySideUntil">Fraction of the limit at which the side-by-side searches end.</param>
public sealed class BreakMinimizingSolver(double probeShare = 0.25, double heuristicShare = 0.1, double sideBySideUntil = 0.9) : IMeetingSolver
{
    /// <summary>The name results carry and the command line accepts.</summary>
    public const string Name = "break-minimizing";

    /// <summary>
    /// Workers from which the pipeline runs its searches side by side; with fewer it runs its single-worker plan on one:
    /// on two cores that plan reached every UdG original's optimum and proved all 20 within 30 s, where the searches side by
    /// side left tic-13crafc unproven (docs/decisions/017, "Update 5").
    /// </summary>
    public const int SideBySideWorkers = 3;

    public SolveResult Solve(Instance instance, SolveOptions options, CancellationToken cancellationToken = default)
    {
        if (!instance.Rules.RequireAllMeetings) return new CpSatSolver().Solve(instance, options, cancellationToken);
        if (options.Deterministic)
            throw new NotSupportedException($"the {Name} solver runs its phases side by side against the wall clock and has no deterministic mode; use hybrid, cpsat or heuristic");
        // On two workers the single-worker plan proves more, and sooner (docs/decisions/017, "Update 5").
        if (options.Workers < SideBySideWorkers) options = options with { Workers = 1 };
        using var pipeline = new BreakMinimizingPipeline(instance, options, new PipelineShares(probeShare, heuristicShare, sideBySideUntil), cancellationToken);
        return pipeline.Run();
    }
}

/// <summary>The shares of the time limit that a <see cref="BreakMinimizingSolver"/> gives its pipeline's phases.</summary>
internal sealed record PipelineShares(double Probe, double Heuristic, double SideBySideUntil);
