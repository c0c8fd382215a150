using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Bounds;

/// <summary>Table changes that no assignment of locations to a schedule's slots can avoid: in total and per participant.</summary>
public sealed record TableChangeBound(int Total, IReadOnlyList<int> PerParticipant);

/// <summary>
/// A simple lower bound on table changes for fixed slots, for assignments that keep organizers' pinned locations and
/// exhibitors' home booths (as every solver's assignment does). A change is counted at the later of two consecutive
/// meetings of a participant, so the bound adds up, meeting by meeting, the changes into it that are forced: a participant
/// whose previous meeting is bound to other locations (a pin or booths) than this one; and, for a meeting of two whose
/// previous meetings are different meetings in one slot (or bound to different locations), one of the two when every
/// location holds one meeting at a time.
/// </summary>
public static class TableChangeLowerBound
{
    public static TableChangeBound Compute(Instance instance, IReadOnlyList<int?> slots)
    {
        var participants = instance.Participants.Count;
        var perParticipant = new int[participants];
        if (instance.Locations.Count == 0) return new TableChangeBound(0, perParticipant); // no locations, no changes
        var bound = Enumerable.Range(0, instance.Meetings.Count).Select(m => Bound(instance, m)).ToArray();
        var singleSeats = instance.Locations.All(l => l.Capacity <= 1);
        var previous = new int[participants];
        Array.Fill(previous, -1);
        var total = 0;
        var order = Enumerable.Range(0, instance.Meetings.Count).Where(m => slots[m] is not null).OrderBy(m => slots[m]!.Value).ToList();
        foreach (var group in order.GroupBy(m => slots[m]!.Value))
        {
            foreach (var m in group)
            {
                var who = instance.Meetings[m].Participants;
                var forced = 0;
                foreach (var p in who)
                    if (previous[p] >= 0 && Disjoint(bound[previous[p]], bound[m])) { forced++; perParticipant[p]++; }
                if (who.Count == 2 && previous[who[0]] is var a and >= 0 && previous[who[1]] is var b and >= 0 && a != b
                    && ((singleSeats && slots[a] == slots[b]) || Disjoint(bound[a], bound[b])))
                    forced = Math.Max(forced, 1);
                total += forced;
            }
            foreach (var m in group)
                foreach (var p in instance.Meetings[m].Participants) previous[p] = m;
        }
        return new TableChangeBound(total, perParticipant);
    }

    /// <summary>The locations a meeting is bound to: its pin, else its participants' home booths; null when free.</summary>
    private static HashSet<int>? Bound(Instance instance, int m)
    {
        var meeting = instance.Meetings[m];
        if (meeting.PinnedLocation is { } pin) return [pin];
        var homes = meeting.Participants.Select(p => instance.Participants[p].HomeLocation).OfType<int>().ToHashSet();
        return homes.Count == 0 ? null : homes;
    }

    private static bool Disjoint(HashSet<int>? x, HashSet<int>? y) => x is not null && y is not null && !x.Overlaps(y);
}
