namespace SpaceBridge.Scheduling.Model;

public sealed record Solution
{
    public required IReadOnlyList<Assignment> Assignments { get; init; }
}

/// <summary>Where and when one meeting takes place, or why it does not.</summary>
public sealed record Assignment(int Meeting, int? Slot, int? Location, string? UnscheduledReason = null)
{
    public bool IsScheduled => Slot is not null;
}
