using SpaceBridge.Scheduling.Heuristics;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Locations;

/// <summary>
/// Gives every scheduled meeting a location once slots are fixed. Pinned meetings go to their pin,
/// meetings with an exhibitor to the booth, and the rest to tables (an idle booth only when no table
/// is left), slot by slot, keeping each participant at the table of their previous meeting where possible.
/// </summary>
public sealed class LocationAssigner
{
    /// <param name="slots">The slot of each meeting, null when unscheduled.</param>
    /// <param name="keep">Locations to keep where still valid (a published schedule being repaired).</param>
    public IReadOnlyList<int?> Assign(Instance instance, IReadOnlyList<int?> slots, IReadOnlyList<int?>? keep = null) =>
        Assign(new ProblemIndex(instance), slots, keep);

    internal IReadOnlyList<int?> Assign(ProblemIndex problem, IReadOnlyList<int?> slots, IReadOnlyList<int?>? keep)
    {
        var result = new int?[problem.MeetingCount];
        var bySlot = new List<int>[problem.SlotCount];
        for (var m = 0; m < problem.MeetingCount; m++)
            if (slots[m] is { } s && s >= 0 && s < problem.SlotCount)
                (bySlot[s] ??= []).Add(m);

        var lastLocation = Enumerable.Repeat(-1, problem.ParticipantCount).ToArray();
        // Meetings each participant still has ahead: the one with more to come has more to gain from staying put.
        var remaining = new int[problem.ParticipantCount];
        for (var m = 0; m < problem.MeetingCount; m++)
            if (slots[m] is { } s && s >= 0 && s < problem.SlotCount)
                foreach (var p in problem.ParticipantsOf(m))
                    remaining[p]++;
        var holders = new int[problem.LocationCount];
        var used = new int[problem.LocationCount];
        var pool = Enumerable.Range(0, problem.LocationCount).Where(l => problem.InTablePool[l]).OrderBy(l => problem.IsTable[l] ? 0 : 1).ToArray();
        for (var slot = 0; slot < problem.SlotCount; slot++)
        {
            if (bySlot[slot] is not { } meetings)
                continue;
            Array.Clear(used);
            var floating = new List<int>();
            foreach (var m in meetings)
                if (problem.FixedLocation[m] >= 0)
                    Take(m, problem.FixedLocation[m]);
            foreach (var m in meetings)
            {
                if (problem.FixedLocation[m] >= 0)
                    continue;
                if (keep?[m] is { } kept && kept >= 0 && kept < problem.LocationCount && problem.InTablePool[kept] && used[kept] < problem.LocationCapacity[kept])
                    Take(m, kept);
                else
                    floating.Add(m);
            }
            AssignFloating(problem, floating, lastLocation, used, result, holders, pool, remaining);
            foreach (var m in meetings)
                foreach (var p in problem.ParticipantsOf(m))
                {
                    remaining[p]--;
                    if (lastLocation[p] >= 0)
                        holders[lastLocation[p]]--;
                    lastLocation[p] = result[m] ?? -1;
                    // Only participants with meetings ahead hold on to a table.
                    if (lastLocation[p] >= 0 && remaining[p] > 0)
                        holders[lastLocation[p]]++;
                    else
                        lastLocation[p] = remaining[p] > 0 ? lastLocation[p] : -1;
                }
        }
        var movable = Enumerable.Range(0, problem.MeetingCount)
            .Select(m => result[m] is not null && problem.FixedLocation[m] < 0 && keep?[m] is null).ToArray();
        new TableSwapPass(problem, slots, result, movable).Run(passes: 3);
        return result;

        void Take(int meeting, int location)
        {
            result[meeting] = location;
            used[location]++;
        }
    }

    private static void AssignFloating(ProblemIndex problem, List<int> floating, int[] lastLocation, int[] used, int?[] result, int[] holders, int[] pool, int[] remaining)
    {
        // Preferred tables: where a participant sat last; a table both participants sat at scores higher.
        var wishes = new List<(int Score, int Ahead, int Meeting, int Location)>();
        foreach (var m in floating)
        {
            var participants = problem.ParticipantsOf(m);
            for (var i = 0; i < participants.Length; i++)
            {
                var location = lastLocation[participants[i]];
                if (location < 0 || !problem.InTablePool[location] || !problem.IsTable[location])
                    continue;
                var score = 0;
                foreach (var p in participants)
                    if (lastLocation[p] == location)
                        score++;
                wishes.Add((-score, -remaining[participants[i]], m, location));
            }
        }
        wishes.Sort();
        foreach (var (_, _, m, location) in wishes)
        {
            if (result[m] is not null || used[location] >= problem.LocationCapacity[location])
                continue;
            result[m] = location;
            used[location]++;
        }
        foreach (var m in floating)
        {
            if (result[m] is not null)
                continue;
            // Otherwise the free table fewest participants are attached to, so others can keep theirs.
            // Tables come before idle booths in the pool; a booth is only taken when no table is left.
            var best = -1;
            foreach (var l in pool)
            {
                if (best >= 0 && problem.IsTable[best] && !problem.IsTable[l])
                    break;
                if (used[l] < problem.LocationCapacity[l] && (best < 0 || holders[l] < holders[best]))
                    best = l;
            }
            if (best < 0)
                continue;
            result[m] = best;
            used[best]++;
        }
    }
}
