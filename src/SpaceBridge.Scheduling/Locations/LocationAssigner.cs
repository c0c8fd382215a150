using SpaceBridge.Scheduling.Heuristics;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Locations;

/// <summary>
/// Gives every scheduled meeting a location once slots are fixed, for every solver. Slot by slot in time order: pinned
/// meetings go to their pin, meetings with an exhibitor to the booth (another participant's booth, then a table, when it
/// is taken), kept locations of a repair stay, and the free meetings are matched to tables so that as many participants
/// as possible sit at the table of their previous meeting (<see cref="StayMatching"/>, exact for the slot). A previous
/// meeting is the participant's last one before, however long ago, as <see cref="Validation.ScheduleMetrics"/> counts
/// changes. The rest take the free table fewest waiting participants sat at last, so those can return to theirs; an idle
/// booth only when no table is left. A swap pass then looks at the meetings after each one as well.
/// </summary>
public sealed class LocationAssigner
{
    /// <summary>How many of a participant's following meetings the look ahead at pinned tables reads.</summary>
    private const int Horizon = 4;

    /// <param name="slots">The slot of each meeting, null when unscheduled.</param>
    /// <param name="keep">Locations to keep where still valid (a published schedule being repaired).</param>
    public IReadOnlyList<int?> Assign(Instance instance, IReadOnlyList<int?> slots, IReadOnlyList<int?>? keep = null) =>
        Assign(LocationProblem.From(instance), slots, keep);

    internal IReadOnlyList<int?> Assign(ProblemIndex problem, IReadOnlyList<int?> slots, IReadOnlyList<int?>? keep) =>
        Assign(LocationProblem.From(problem.Instance, problem.FixedLocation), slots, keep);

    internal static int?[] Assign(LocationProblem problem, IReadOnlyList<int?> slots, IReadOnlyList<int?>? keep, bool swapPass = true)
    {
        var result = new int?[problem.MeetingCount];
        var bySlot = new List<int>?[problem.SlotCount];
        var remaining = new int[problem.ParticipantCount];
        for (var m = 0; m < problem.MeetingCount; m++)
            if (slots[m] is { } s && s >= 0 && s < problem.SlotCount)
            {
                (bySlot[s] ??= []).Add(m);
                foreach (var p in problem.Participants[m])
                    remaining[p]++;
            }

        // A look ahead at the pins, which cannot move: per meeting and participant (aligned with Participants[m]) the
        // participant's following free meetings, up to Horizon and before the next bound one, and the pinned table of that
        // bound one (-1 when it is a booth or further away); and the tables pinned in each slot.
        var upcoming = problem.Participants.Select(ps => new int[ps.Length][]).ToArray();
        var anchor = problem.Participants.Select(ps => Enumerable.Repeat(-1, ps.Length).ToArray()).ToArray();
        var pinnedIn = new bool[problem.SlotCount * problem.LocationCount];
        var sequence = new List<int>[problem.ParticipantCount];
        var maxParticipants = 1;
        foreach (var meetingsOfSlot in bySlot)
            foreach (var m in meetingsOfSlot ?? [])
            {
                maxParticipants = Math.Max(maxParticipants, problem.Participants[m].Length);
                if (PinOf(m) is { } pin)
                    pinnedIn[slots[m]!.Value * problem.LocationCount + pin] = true;
                foreach (var p in problem.Participants[m])
                    (sequence[p] ??= []).Add(m);
            }
        for (var p = 0; p < problem.ParticipantCount; p++)
        {
            if (sequence[p] is not { } list) continue;
            for (var k = 0; k < list.Count; k++)
            {
                var ahead = new List<int>(Horizon);
                var i = Array.IndexOf(problem.Participants[list[k]], p);
                for (var j = k + 1; j < list.Count && ahead.Count < Horizon; j++)
                {
                    var n = list[j];
                    if (PinOf(n) is { } pin || problem.Bound[n].Length > 0 || problem.Pinned[n] >= 0)
                    {
                        anchor[list[k]][i] = PinOf(n) is { } table && problem.IsTable[table] ? table : -1;
                        break;
                    }
                    ahead.Add(n);
                }
                upcoming[list[k]][i] = [.. ahead];
            }
        }

        // Where each participant sat at their latest meeting so far (-1: none yet), and per location how many
        // participants with meetings still ahead sat there last.
        var last = Enumerable.Repeat(-1, problem.ParticipantCount).ToArray();
        var holders = new int[problem.LocationCount];
        var used = new int[problem.LocationCount];
        var matching = new StayMatching(problem.LocationCount);
        var floating = new List<int>();
        var open = new List<int>();
        var wishes = new List<(int Table, int Weight)>();
        var stayUnit = 1;
        var overflow = 0;
        for (var slot = 0; slot < problem.SlotCount; slot++)
        {
            if (bySlot[slot] is not { } meetings)
                continue;
            Array.Clear(used);
            floating.Clear();
            foreach (var m in meetings)
                if (problem.Pinned[m] >= 0 && problem.Pinned[m] < problem.LocationCount && used[problem.Pinned[m]] < problem.Capacity[problem.Pinned[m]])
                    Take(m, problem.Pinned[m]);
            foreach (var m in meetings)
            {
                if (problem.Pinned[m] >= 0 || problem.Bound[m].Length == 0)
                    continue;
                var place = Array.FindIndex(problem.Bound[m], l => used[l] < problem.Capacity[l]);
                if (place >= 0)
                    Take(m, problem.Bound[m][place]);
                else
                    floating.Add(m);
            }
            foreach (var m in meetings)
            {
                if (problem.Pinned[m] >= 0 || problem.Bound[m].Length > 0)
                    continue;
                if (keep?[m] is { } kept && kept >= 0 && kept < problem.LocationCount && used[kept] < problem.Capacity[kept])
                    Take(m, kept);
                else
                    floating.Add(m);
            }

            // Stays first; among choices with as many, the look ahead (2 x participants x meetings bounds its sum).
            stayUnit = 2 * maxParticipants * floating.Count + 1;
            // More free meetings than table seats: that many will sit at idle booths anyway, so a visitor may stay at
            // the booth they come from; no more than that many, so no table is left empty while a booth is used.
            overflow = floating.Count;
            for (var l = 0; l < problem.LocationCount; l++)
                if (problem.IsTable[l])
                    overflow -= Math.Max(0, problem.Capacity[l] - used[l]);
            matching.Solve(floating, Wishes, used, problem.Capacity, result);
            if (overflow > 0)
            {
                var atBooths = 0;
                foreach (var m in floating)
                    if (result[m] is { } l && !problem.IsTable[l] && ++atBooths > overflow)
                    {
                        used[l]--;
                        result[m] = null;
                    }
            }

            // The rest: tables first, those fewest waiting participants sat at last first; then idle booths.
            open.Clear();
            for (var l = 0; l < problem.LocationCount; l++)
                if (used[l] < problem.Capacity[l])
                    open.Add(l);
            open.Sort((a, b) => problem.IsTable[a] != problem.IsTable[b] ? (problem.IsTable[a] ? -1 : 1)
                : holders[a] != holders[b] ? holders[a].CompareTo(holders[b]) : a.CompareTo(b));
            var first = 0;
            foreach (var m in floating)
            {
                if (result[m] is not null)
                    continue;
                while (first < open.Count && used[open[first]] >= problem.Capacity[open[first]])
                    first++;
                if (first == open.Count)
                    break;
                // The first open table none of its participants will find pinned to another meeting soon.
                var choice = first;
                for (var i = first; i < open.Count; i++)
                    if (used[open[i]] < problem.Capacity[open[i]] && Blocked(m, open[i]) == 0)
                    {
                        choice = i;
                        break;
                    }
                Take(m, open[choice]);
            }

            foreach (var m in meetings)
                foreach (var p in problem.Participants[m])
                {
                    // Before this meeting the participant had it ahead, so a seat it held was counted.
                    if (last[p] >= 0)
                        holders[last[p]]--;
                    remaining[p]--;
                    // A meeting left without a place breaks the chain, as the metrics count it.
                    last[p] = remaining[p] > 0 ? result[m] ?? -1 : -1;
                    if (last[p] >= 0)
                        holders[last[p]]++;
                }
        }
        if (swapPass)
        {
            var movable = Enumerable.Range(0, problem.MeetingCount)
                .Select(m => result[m] is not null && problem.Pinned[m] < 0 && problem.Bound[m].Length == 0 && keep?[m] is null).ToArray();
            new TableSwapPass(problem, slots, result, movable).Run(passes: 3);
        }
        return result;

        void Take(int meeting, int location)
        {
            result[meeting] = location;
            used[location]++;
        }

        int? PinOf(int m) => problem.Pinned[m] >= 0 && problem.Pinned[m] < problem.LocationCount ? problem.Pinned[m] : null;

        // Participants of a meeting who, staying at this location, would find it pinned to another meeting at one of their
        // next free meetings.
        int Blocked(int m, int location)
        {
            var blocked = 0;
            foreach (var ahead in upcoming[m])
                foreach (var n in ahead)
                    if (pinnedIn[slots[n]!.Value * problem.LocationCount + location])
                    {
                        blocked++;
                        break;
                    }
            return blocked;
        }

        IEnumerable<(int Table, int Weight)> Wishes(int m)
        {
            // Tables only (a booth is its exhibitor's, even when idle) unless the slot's tables cannot seat every free
            // meeting. Weight: participants who stay (sat there last), then,
            // as a tie-break, those whose next bound meeting is pinned there less those who will find it pinned to another.
            wishes.Clear();
            var participants = problem.Participants[m];
            for (var i = 0; i < participants.Length; i++)
            {
                Add(last[participants[i]], stayUnit);
                Add(anchor[m][i], 1);
            }
            for (var i = 0; i < wishes.Count; i++)
                wishes[i] = (wishes[i].Table, wishes[i].Weight - Blocked(m, wishes[i].Table));
            return wishes;

            void Add(int table, int weight)
            {
                if (table < 0 || !(problem.IsTable[table] || overflow > 0))
                    return;
                var i = wishes.FindIndex(w => w.Table == table);
                if (i >= 0) wishes[i] = (table, wishes[i].Weight + weight);
                else wishes.Add((table, weight));
            }
        }
    }
}
