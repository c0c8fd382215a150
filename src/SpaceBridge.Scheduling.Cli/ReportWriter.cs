using System.Globalization;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Cli;

internal static class ReportWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void WriteSummary(TextWriter output, ScheduleReport report)
    {
        output.WriteLine($"instance: {report.InstanceName}");
        output.WriteLine(FormattableString.Invariant($"solver: {report.Result.Solver}, {report.Result.Elapsed.TotalSeconds:F2} s"));
        WriteMetrics(output, report.Metrics);
        output.WriteLine($"table changes lower bound for these slots: {report.TableChangesLowerBound.Total}");
        if (report.Metrics.BreaksPerParticipant.Count > 0)
            output.WriteLine($"breaks per participant: at most {report.Metrics.BreaksPerParticipant.Max()}; " +
                $"{report.ParticipantsAboveBreakBound} participant(s) above their own lower bound (bounds sum to {report.BreaksLowerBoundPerParticipant.Sum()})");
        output.WriteLine($"weight upper bound: {report.Bounds.WeightUpperBound} ({report.Bounds.WeightBoundSource}), gap {report.WeightGap} ({report.RelativeWeightGap.ToString("P2", Invariant)})");
        output.WriteLine($"breaks lower bound: {report.BreaksLowerBound}, gap {report.BreaksGap}");
        output.WriteLine($"proven optimal: {(report.ProvenOptimal ? "yes" : "no")}");
        if (report.ProvenInfeasible)
            output.WriteLine(report.Result.ProvenInfeasible
                ? "proven infeasible: the exact solver proved that no schedule places every meeting under the rules"
                : "proven infeasible: the weight upper bound is below the total weight, so not every meeting can be placed");
        foreach (var violation in report.Validation.Violations.Take(20)) output.WriteLine($"violation: {violation}");
        output.WriteLine(report.IsValid ? "valid" : $"invalid: {report.Validation.Violations.Count} violation(s)");
    }

    public static void WriteMetrics(TextWriter output, ScheduleMetrics metrics)
    {
        output.WriteLine($"scheduled: {metrics.ScheduledCount} meetings, weight {metrics.ScheduledWeight}; unscheduled: {metrics.UnscheduledCount} (weight {metrics.UnscheduledWeight})");
        output.WriteLine($"breaks: {metrics.TotalBreaks} total, spread {metrics.BreakSpread}; location changes: {metrics.TotalLocationChanges}");
        if (metrics.MustMeetCount > 0)
            output.WriteLine($"must-meet: {metrics.MustMeetScheduled} of {metrics.MustMeetCount} scheduled, {metrics.MustMeetUnscheduled} unscheduled");
        if (metrics.InterpretedCount > 0)
            output.WriteLine($"interpreted meetings: {metrics.InterpretedCount}");
    }

    /// <summary>The "gap" column: breaks above the bound in the literature's mode, missing weight otherwise.</summary>
    public static string Gap(ScheduleReport report) => report.ProvenInfeasible ? "infeasible"
        : report.Rules.RequireAllMeetings
        ? $"{report.BreaksGap} breaks"
        : report.RelativeWeightGap.ToString("P2", Invariant);
}
