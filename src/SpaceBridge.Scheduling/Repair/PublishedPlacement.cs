using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Repair;

/// <summary>The published slot and location of each meeting, in the ids of the new instance.</summary>
internal sealed class PublishedPlacement(int meetingCount)
{
    public int?[] Slot { get; } = new int?[meetingCount];
    public int?[] Location { get; } = new int?[meetingCount];
    private readonly bool[] _knownUnscheduled = new bool[meetingCount];

    /// <summary>True for a meeting that was in the published instance but not scheduled there.</summary>
    public bool WasKnownUnscheduled(int meeting) => _knownUnscheduled[meeting];

    public void Read(Solution published, IReadOnlyList<int?> newIdOfPublished)
    {
        foreach (var a in published.Assignments)
        {
            if (a.Meeting < 0 || a.Meeting >= newIdOfPublished.Count)
                continue;
            if (newIdOfPublished[a.Meeting] is not { } id || id < 0 || id >= meetingCount)
                continue;
            if (a.Slot is null)
            {
                _knownUnscheduled[id] = true;
                continue;
            }
            Slot[id] = a.Slot;
            Location[id] = a.Location;
        }
    }
}
