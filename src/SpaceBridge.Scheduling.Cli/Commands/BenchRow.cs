namespace SpaceBridge.Scheduling.Cli.Commands;

/// <summary>One instance's line in the benchmark output.</summary>
internal sealed record BenchRow(
    string Instance, string Solver, int Participants, int Meetings, int Scheduled, long Weight, long WeightUpperBound,
    int Breaks, int BreaksLowerBound, int Spread, double Seconds, bool ProvenOptimal, string Gap, bool Valid,
    int MustMeet = 0, int MustMeetScheduled = 0, int TableChanges = 0, int TableChangesLowerBound = 0, int ParticipantsAboveBreakBound = 0,
    double? BestSeconds = null, int? KnownOptimum = null)
{
    /// <summary>Every meeting placed with the known optimum's breaks (null when no optimum was given).</summary>
    public bool? AtKnownOptimum => KnownOptimum is { } optimum ? Scheduled == Meetings && Breaks <= optimum : null;
}

internal sealed record BenchSummary(IReadOnlyList<BenchRow> Instances, long PeakWorkingSetBytes);
