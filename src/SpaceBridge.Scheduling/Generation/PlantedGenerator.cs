using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Generation;

/// <summary>An instance and the zero-break schedule it was built from.</summary>
public sealed record PlantedInstance(Instance Instance, Solution Planted);

/// <summary>
/// Instances whose optimum is known to be zero breaks. The schedule comes first: every table is busy in every slot (tight
/// tables); each of the two seats at the tables is cut, block by block, into runs of consecutive slots, each run given to a
/// participant who has no other run in that block, so nobody has a break; in each slot the participants seated then are
/// paired at random, never twice the same pair. The requests are those pairs, every one required (the literature's mode),
/// with some of each participant's idle slots marked unavailable. Participants and requests are shuffled so that their
/// order gives nothing away. The same options and seed always give the same instance.
/// </summary>
public static class PlantedGenerator
{
    private const int PairingAttempts = 500;

    public static PlantedInstance Generate(PlantedOptions options)
    {
        options.Validate();
        var random = new Random(options.Seed);
        var tables = options.Tables;
        var blocks = new List<Block>();
        for (var d = 0; d < options.Days; d++)
        {
            blocks.Add(new Block(d, DayPart.Morning, 2 * d * options.SlotsPerBlock, options.SlotsPerBlock));
            blocks.Add(new Block(d, DayPart.Afternoon, (2 * d + 1) * options.SlotsPerBlock, options.SlotsPerBlock));
        }

        // Runs per block: each of the 2 * tables seats cut into runs.
        var runs = blocks.Select(block => Enumerable.Range(0, 2 * tables).SelectMany(_ => CutSeat(random, block, options)).ToList()).ToList();
        var participantCount = (int)Math.Ceiling(runs.Sum(r => r.Count) / options.BlocksPerParticipant);
        participantCount = Math.Max(participantCount, runs.Max(r => r.Count));
        // Who holds each run: distinct participants within a block.
        var busy = new List<(int First, int Length)>[participantCount];
        for (var p = 0; p < participantCount; p++) busy[p] = [];
        var seatedIn = new List<int>[options.SlotCount];
        for (var s = 0; s < seatedIn.Length; s++) seatedIn[s] = [];
        foreach (var blockRuns in runs)
        {
            var holders = Shuffled(random, Enumerable.Range(0, participantCount).ToList());
            for (var i = 0; i < blockRuns.Count; i++)
            {
                var (first, length) = blockRuns[i];
                busy[holders[i]].Add((first, length));
                for (var s = first; s < first + length; s++) seatedIn[s].Add(holders[i]);
            }
        }

        // Pair the seated participants slot by slot, never repeating a pair.
        var pairs = new HashSet<(int, int)>();
        var planted = new List<(int A, int B, int Slot, int Table)>();
        for (var s = 0; s < seatedIn.Length; s++)
        {
            var matched = Pair(random, seatedIn[s], pairs)
                ?? throw new InvalidOperationException($"no pairing without repeated pairs found for slot {s}; try another seed or longer blocks");
            for (var t = 0; t < matched.Count; t++)
            {
                pairs.Add(Key(matched[t].A, matched[t].B));
                planted.Add((matched[t].A, matched[t].B, s, t));
            }
        }

        // Drop participants without meetings, shuffle participants and requests.
        var used = Enumerable.Range(0, participantCount).Where(p => busy[p].Count > 0).ToList();
        var order = Shuffled(random, used);
        var newId = new Dictionary<int, int>();
        for (var i = 0; i < order.Count; i++) newId[order[i]] = i;
        var participants = order.Select((p, i) => new Participant
        {
            Name = $"Participant {i + 1}",
            ForbiddenSlots = Unavailable(random, busy[p], options),
        }).ToList();
        var meetingOrder = Shuffled(random, Enumerable.Range(0, planted.Count).ToList());
        var meetings = new List<Meeting>(planted.Count);
        var assignments = new List<Assignment>(planted.Count);
        foreach (var k in meetingOrder)
        {
            var (a, b, slot, table) = planted[k];
            var who = random.Next(2) == 0 ? new[] { newId[a], newId[b] } : [newId[b], newId[a]];
            assignments.Add(new Assignment(meetings.Count, slot, table));
            meetings.Add(new Meeting { Participants = who, ExternalId = $"r{meetings.Count + 1}" });
        }

        var instance = new Instance
        {
            Name = $"planted-m{meetings.Count}-d{options.Days}-b{options.SlotsPerBlock}-s{options.Seed}",
            Blocks = blocks,
            Participants = participants,
            Meetings = meetings,
            Locations = [.. Enumerable.Range(0, tables).Select(t => new Location($"Table {t + 1}"))],
            Rules = new SchedulingRules { RequireAllMeetings = true },
        };
        return new PlantedInstance(instance, new Solution { Assignments = assignments });
    }

    /// <summary>One seat's slots in a block cut into runs of <see cref="PlantedOptions.MinRun"/> to <see cref="PlantedOptions.MaxRun"/>.</summary>
    private static IEnumerable<(int First, int Length)> CutSeat(Random random, Block block, PlantedOptions options)
    {
        var at = block.FirstSlot;
        var end = block.FirstSlot + block.SlotCount;
        while (at < end)
        {
            var left = end - at;
            var length = Math.Min(left, random.Next(options.MinRun, options.MaxRun + 1));
            // Never leave a tail shorter than the shortest run: take it into this run.
            if (left - length < options.MinRun) length = left;
            yield return (at, length);
            at += length;
        }
    }

    /// <summary>A perfect matching of the seated participants avoiding used pairs, by shuffled greedy attempts; null if none found.</summary>
    private static List<(int A, int B)>? Pair(Random random, List<int> seated, HashSet<(int, int)> used)
    {
        for (var attempt = 0; attempt < PairingAttempts; attempt++)
        {
            var open = Shuffled(random, seated);
            var result = new List<(int A, int B)>(open.Count / 2);
            var taken = new bool[open.Count];
            var ok = true;
            for (var i = 0; i < open.Count && ok; i++)
            {
                if (taken[i]) continue;
                var j = i + 1;
                while (j < open.Count && (taken[j] || used.Contains(Key(open[i], open[j])))) j++;
                if (j == open.Count) { ok = false; break; }
                taken[i] = taken[j] = true;
                result.Add((open[i], open[j]));
            }
            if (ok) return result;
        }
        return null;
    }

    private static HashSet<int> Unavailable(Random random, List<(int First, int Length)> busy, PlantedOptions options)
    {
        var slots = new HashSet<int>();
        for (var s = 0; s < options.SlotCount; s++)
        {
            if (busy.Any(r => s >= r.First && s < r.First + r.Length)) continue;
            if (random.NextDouble() < options.UnavailableShare) slots.Add(s);
        }
        return slots;
    }

    private static (int, int) Key(int a, int b) => a < b ? (a, b) : (b, a);

    private static List<int> Shuffled(Random random, List<int> items)
    {
        var copy = new List<int>(items);
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy;
    }
}
