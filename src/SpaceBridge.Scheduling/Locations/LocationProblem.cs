using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Locations;

/// <summary>
/// What the location assignment reads of an instance, as flat arrays: each meeting's participants, its pinned
/// location, the locations it is bound to (its participants' home booths, or a location held under repair), and each
/// location's capacity and kind.
/// </summary>
internal sealed class LocationProblem
{
    public int MeetingCount { get; }
    public int ParticipantCount { get; }
    public int LocationCount { get; }
    public int SlotCount { get; }
    public int[][] Participants { get; }
    /// <summary>The organizer's pinned location of each meeting, or -1. A pinned meeting goes there or nowhere.</summary>
    public int[] Pinned { get; }
    /// <summary>
    /// Locations a meeting without a pin should use, in order (a held location, then its participants' home booths);
    /// empty for a free meeting. When all are full the meeting takes a free table like any other.
    /// </summary>
    public int[][] Bound { get; }
    public int[] Capacity { get; }
    public bool[] IsTable { get; }

    private LocationProblem(Instance instance, IReadOnlyList<int>? held)
    {
        MeetingCount = instance.Meetings.Count;
        ParticipantCount = instance.Participants.Count;
        LocationCount = instance.Locations.Count;
        SlotCount = instance.SlotCount;
        Capacity = [.. instance.Locations.Select(l => Math.Max(0, l.Capacity))];
        IsTable = [.. instance.Locations.Select(l => l.Kind == LocationKind.Table)];
        Participants = new int[MeetingCount][];
        Pinned = new int[MeetingCount];
        Bound = new int[MeetingCount][];
        for (var m = 0; m < MeetingCount; m++)
        {
            var meeting = instance.Meetings[m];
            Participants[m] = [.. meeting.Participants.Where(p => p >= 0 && p < ParticipantCount).Distinct()];
            Pinned[m] = meeting.PinnedLocation is { } pin ? (pin >= 0 && pin < LocationCount ? pin : int.MaxValue) : -1;
            var places = new List<int>();
            if (meeting.PinnedLocation is null && held is not null && held[m] >= 0 && held[m] < LocationCount)
                places.Add(held[m]);
            foreach (var p in Participants[m])
                if (instance.Participants[p].HomeLocation is { } home && home >= 0 && home < LocationCount && !places.Contains(home))
                    places.Add(home);
            Bound[m] = meeting.PinnedLocation is null ? [.. places] : [];
        }
    }

    public static LocationProblem From(Instance instance) => new(instance, null);

    /// <param name="fixedLocation">
    /// Per meeting the location it must use as the heuristic sees it (pin, else first home, else a held location), -1 for any.
    /// </param>
    public static LocationProblem From(Instance instance, IReadOnlyList<int> fixedLocation) => new(instance, fixedLocation);
}
