using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Repair;

public sealed record RepairOptions
{
    /// <summary>Largest share of the unaffected published meetings that may move to let new weight in.</summary>
    public double MaxMovedShare { get; init; } = 0.02;
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(1);
    public int Seed { get; init; } = 1;
}

public sealed record RepairResult
{
    public required Solution Solution { get; init; }
    public required IReadOnlyList<MeetingMove> Moves { get; init; }
    /// <summary>Published meetings that are still valid where they were.</summary>
    public required int Unaffected { get; init; }
    /// <summary>Unaffected meetings that were moved anyway (to let more weight in).</summary>
    public required int UnaffectedMoved { get; init; }
    /// <summary>Published meetings that could not stay (cancelled meetings not counted).</summary>
    public required int Affected { get; init; }
    public required TimeSpan Elapsed { get; init; }
}
