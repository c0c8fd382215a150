using System.Globalization;
using System.Text.Json;

namespace SpaceBridge.Scheduling.Cli.Commands;

internal static class BenchTable
{
    public static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static string Header =>
        $"{"instance",-28} {"solver",-16} {"part",5} {"meet",6} {"sched",6} {"breaks",6} {"lb",4} {"spread",6} {"seconds",8} {"best at",7} {"optimal",7} {"gap",-10} valid";

    public static string Line(BenchRow r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Instance,-28} {r.Solver,-16} {r.Participants,5} {r.Meetings,6} {r.Scheduled,6} {r.Breaks,6} {r.BreaksLowerBound,4} {r.Spread,6} {r.Seconds,8:F2} {(r.BestSeconds is { } best ? best.ToString("F2", CultureInfo.InvariantCulture) : "-"),7} {(r.ProvenOptimal ? "yes" : "no"),7} {r.Gap,-10} {(r.Valid ? "yes" : "NO")}");

    public static void WriteFooter(TextWriter output, IReadOnlyList<BenchRow> rows, long peakBytes)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} instance(s): {rows.Count(r => r.Valid)} valid, {rows.Count(r => r.ProvenOptimal)} proven optimal, " +
            $"{rows.Sum(r => r.Breaks)} breaks in total, max {rows.Max(r => r.Seconds):F2} s; peak memory {peakBytes / (1024.0 * 1024):F0} MiB"));
        var proven = rows.Where(r => r.ProvenOptimal).Select(r => r.Seconds).ToList();
        if (proven.Count > 0)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"proven optimal: {proven.Count}, median time to the proof {Median(proven):F2} s, max {proven.Max():F2} s"));
        var withOptimum = rows.Where(r => r.AtKnownOptimum is not null).ToList();
        if (withOptimum.Count == 0) return;
        var reached = withOptimum.Where(r => r.AtKnownOptimum == true).ToList();
        var times = reached.Where(r => r.BestSeconds is not null).Select(r => r.BestSeconds!.Value).ToList();
        var line = string.Create(CultureInfo.InvariantCulture, $"at the known optimum: {reached.Count} of {withOptimum.Count}");
        if (times.Count > 0)
            line += string.Create(CultureInfo.InvariantCulture, $", median time to it {Median(times):F2} s, max {times.Max():F2} s");
        var above = withOptimum.Where(r => r.AtKnownOptimum == false)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Instance} ({r.Breaks} against {r.KnownOptimum})")).ToList();
        if (above.Count > 0) line += "; above it: " + string.Join(", ", above);
        output.WriteLine(line);
    }

    /// <summary>The median of a non-empty list (the mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
