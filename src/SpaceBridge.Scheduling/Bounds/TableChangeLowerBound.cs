using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Bounds;

/// <summary>Table changes that no assignment of locations to a schedule's slots can avoid: in total and per participant.</summary>
public sealed record TableChangeBound(int Total, IReadOnlyList<int> PerParticipant);

/// <summary>
/// A lower bound on table changes for fixed slots, for assignments that keep organizers' pinned locations and exhibitors'
/// home booths (as every solver's assignment does). A step is a participant going from one meeting to their next one
/// (however long after, as the metrics count changes); it is a change when the two locations differ. Two meetings are
/// apart when no assignment can give them one location: they are bound to disjoint locations (pins, booths), or they
/// share a slot and every location holds one meeting at a time. Then:
/// <list type="bullet">
/// <item>a step between two meetings apart is a change (forced, and counted for its participant);</item>
/// <item>a meeting of two whose participants come from two meetings apart: one of the two steps into it is a change;</item>
/// <item>a meeting of two whose participants go on to two meetings apart: one of the two steps out of it is a change.</item>
/// </list>
/// The last two are pairs of steps of which one must change. Each step is in at most one pair of each kind, so the
/// pairs form paths and cycles; the most pairs without a common step (every other pair along each path or cycle) each
/// add one change, and the forced steps are counted apart.
/// </summary>
public static class TableChangeLowerBound
{
    /// <param name="tablesFirst">
    /// Count only assignments that also seat every meeting without a pin or a booth at a table when its slot has a table
    /// left for each (as <see cref="Locations.LocationAssigner"/> does, booths being their exhibitors'): such a meeting is
    /// then bound to the tables. False: any location with room may take it.
    /// </param>
    public static TableChangeBound Compute(Instance instance, IReadOnlyList<int?> slots, bool tablesFirst = true)
    {
        var participants = instance.Participants.Count;
        var perParticipant = new int[participants];
        if (instance.Locations.Count == 0) return new TableChangeBound(0, perParticipant); // no locations, no changes
        var meetingCount = instance.Meetings.Count;
        var bound = Enumerable.Range(0, meetingCount).Select(m => Bound(instance, m)).ToArray();
        if (tablesFirst) BindToTables(instance, slots, bound);
        var singleSeats = instance.Locations.All(l => l.Capacity <= 1);
        var who = instance.Meetings.Select(m => m.Participants.Where(p => p >= 0 && p < participants).Distinct().ToArray()).ToArray();
        bool Apart(int x, int y) => x != y && ((singleSeats && slots[x] == slots[y]) || Disjoint(bound[x], bound[y]));

        // Steps: per participant, their scheduled meetings in time order; step s goes from From[s] to To[s].
        var from = new List<int>();
        var to = new List<int>();
        var owner = new List<int>();
        // The step into meeting m of its i-th participant, and the step out of it.
        var into = new Dictionary<(int Meeting, int Participant), int>();
        var outOf = new Dictionary<(int Meeting, int Participant), int>();
        var sequence = new List<int>();
        var ofParticipant = new List<int>[participants];
        for (var m = 0; m < meetingCount; m++)
            if (slots[m] is not null)
                foreach (var p in who[m])
                    (ofParticipant[p] ??= []).Add(m);
        for (var p = 0; p < participants; p++)
        {
            if (ofParticipant[p] is not { Count: > 1 } list) continue;
            list.Sort((a, b) => slots[a]!.Value != slots[b]!.Value ? slots[a]!.Value.CompareTo(slots[b]!.Value) : a.CompareTo(b));
            for (var i = 1; i < list.Count; i++)
            {
                var s = from.Count;
                from.Add(list[i - 1]);
                to.Add(list[i]);
                owner.Add(p);
                into[(list[i], p)] = s;
                outOf[(list[i - 1], p)] = s;
            }
        }

        var steps = from.Count;
        var forced = new bool[steps];
        var total = 0;
        for (var s = 0; s < steps; s++)
            if (Disjoint(bound[from[s]], bound[to[s]]))
            {
                forced[s] = true;
                perParticipant[owner[s]]++;
                total++;
            }

        // Pairs of steps of which one must change: partnerIn joins the two steps into a meeting, partnerOut the two out of one.
        var partnerIn = new int[steps];
        var partnerOut = new int[steps];
        Array.Fill(partnerIn, -1);
        Array.Fill(partnerOut, -1);
        for (var m = 0; m < meetingCount; m++)
        {
            if (slots[m] is null || who[m].Length != 2) continue;
            var (p, q) = (who[m][0], who[m][1]);
            if (into.TryGetValue((m, p), out var a) && into.TryGetValue((m, q), out var b) && !forced[a] && !forced[b] && Apart(from[a], from[b]))
                (partnerIn[a], partnerIn[b]) = (b, a);
            if (outOf.TryGetValue((m, p), out var c) && outOf.TryGetValue((m, q), out var d) && !forced[c] && !forced[d] && Apart(to[c], to[d]))
                (partnerOut[c], partnerOut[d]) = (d, c);
        }
        total += PairPacking(partnerIn, partnerOut);
        return new TableChangeBound(total, perParticipant);
    }

    /// <summary>
    /// The most pairs without a common step. Every step has at most one partner of each kind, so the pairs form paths and
    /// cycles along which the kinds alternate: a path of k pairs holds (k + 1) / 2 disjoint ones, a cycle of k pairs k / 2.
    /// </summary>
    private static int PairPacking(int[] partnerIn, int[] partnerOut)
    {
        var steps = partnerIn.Length;
        var visited = new bool[steps];
        var packed = 0;
        // Paths first, from an end (a step with one partner).
        for (var s = 0; s < steps; s++)
        {
            if (visited[s] || (partnerIn[s] >= 0) == (partnerOut[s] >= 0)) continue;
            var pairs = 0;
            var current = s;
            var viaIn = partnerIn[s] >= 0;
            visited[s] = true;
            while (true)
            {
                var next = viaIn ? partnerIn[current] : partnerOut[current];
                if (next < 0 || visited[next]) break;
                pairs++;
                visited[next] = true;
                current = next;
                viaIn = !viaIn;
            }
            packed += (pairs + 1) / 2;
        }
        // What is left with partners lies on cycles.
        for (var s = 0; s < steps; s++)
        {
            if (visited[s] || partnerIn[s] < 0) continue;
            var length = 0;
            var current = s;
            var viaIn = true;
            while (!visited[current])
            {
                visited[current] = true;
                length++;
                current = viaIn ? partnerIn[current] : partnerOut[current];
                viaIn = !viaIn;
            }
            packed += length / 2;
        }
        return packed;
    }

    /// <summary>The locations a meeting is bound to: its pin, else its participants' home booths; null when free.</summary>
    private static HashSet<int>? Bound(Instance instance, int m)
    {
        var meeting = instance.Meetings[m];
        if (meeting.PinnedLocation is { } pin) return [pin];
        var homes = meeting.Participants.Where(p => p >= 0 && p < instance.Participants.Count)
            .Select(p => instance.Participants[p].HomeLocation).OfType<int>().ToHashSet();
        return homes.Count == 0 ? null : homes;
    }

    private static bool Disjoint(HashSet<int>? x, HashSet<int>? y) =>
        x is not null && y is not null && !(x.Count <= y.Count ? y.Overlaps(x) : x.Overlaps(y));

    /// <summary>
    /// Free meetings of a slot whose table seats (less those pins or homes may take) are enough for all of them are bound to the tables: the rule that
    /// seats them at tables while any is left puts every one of them at one.
    /// </summary>
    private static void BindToTables(Instance instance, IReadOnlyList<int?> slots, HashSet<int>?[] bound)
    {
        var tables = Enumerable.Range(0, instance.Locations.Count).Where(l => instance.Locations[l].Kind == LocationKind.Table).ToHashSet();
        if (tables.Count == 0) return;
        var seats = tables.Sum(l => Math.Max(0, instance.Locations[l].Capacity));
        foreach (var slot in Enumerable.Range(0, bound.Length).Where(m => slots[m] is not null).GroupBy(m => slots[m]!.Value))
        {
            var free = slot.Where(m => bound[m] is null).ToList();
            var boundToTables = slot.Count(m => bound[m] is { } places && places.Any(tables.Contains));
            if (free.Count > 0 && free.Count <= seats - boundToTables)
                foreach (var m in free) bound[m] = tables;
        }
    }
}
