using System.Globalization;
using System.Text.Json;

namespace SpaceBridge.Scheduling.Cli.Commands;

internal static class BenchTable
{
    public static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static string Header =>
        $"{"instance",-28} {"solver",-16} {"part",5} {"meet",6} {"sched",6} {"breaks",6} {"lb",4} {"spread",6} {"seconds",8} {"optimal",7} {"gap",-10} valid";

    public static string Line(BenchRow r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Instance,-28} {r.Solver,-16} {r.Participants,5} {r.Meetings,6} {r.Scheduled,6} {r.Breaks,6} {r.BreaksLowerBound,4} {r.Spread,6} {r.Seconds,8:F2} {(r.ProvenOptimal ? "yes" : "no"),7} {r.Gap,-10} {(r.Valid ? "yes" : "NO")}");

    public static void WriteFooter(TextWriter output, IReadOnlyList<BenchRow> rows, long peakBytes)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} instance(s): {rows.Count(r => r.Valid)} valid, {rows.Count(r => r.ProvenOptimal)} proven optimal, " +
            $"{rows.Sum(r => r.Breaks)} breaks in total, max {rows.Max(r => r.Seconds):F2} s; peak memory {peakBytes / (1024.0 * 1024):F0} MiB"));
    }
}
