using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Validation;

/// <summary>
/// Interpreter capacity, worked out from the participants' languages here rather than taken from the solvers: a meeting
/// whose participants have languages but none common to all needs an interpreter of a pair spoken by its first participant
/// and by the first one sharing no language with that participant; per slot, the meetings drawing on one pool (the first
/// pool of the instance covering such a pair) must not outnumber its free interpreters. A meeting needing a pair no pool
/// covers has no interpreter in any slot.
/// </summary>
internal static class InterpreterChecks
{
    public static void Check(InstanceIndex index, int[] slots, List<Violation> violations)
    {
        var instance = index.Instance;
        var used = new Dictionary<(int Pool, int Slot), int>();
        for (var m = 0; m < slots.Length; m++)
        {
            if (slots[m] < 0) continue;
            var need = Need(instance, instance.Meetings[m]);
            if (need is null) continue;
            if (need.Value.Pool < 0)
            {
                violations.Add(new(ViolationKind.InterpreterCapacity, m, null, slots[m],
                    $"meeting {m} in slot {slots[m]} needs an interpreter of {need.Value.Pair} and no interpreter of that pair is listed"));
                continue;
            }
            var key = (need.Value.Pool, slots[m]);
            var count = used.GetValueOrDefault(key) + 1;
            used[key] = count;
            var pool = instance.Interpreters[need.Value.Pool];
            var free = slots[m] < pool.AvailablePerSlot.Count ? Math.Max(0, pool.AvailablePerSlot[slots[m]]) : 0;
            if (count == free + 1)
                violations.Add(new(ViolationKind.InterpreterCapacity, m, null, slots[m],
                    $"slot {slots[m]} holds more meetings needing an interpreter of {pool.LanguageA}-{pool.LanguageB} than the {free} free"));
        }
    }

    /// <summary>Scheduled meetings that need an interpreter.</summary>
    public static int Interpreted(InstanceIndex index, int[] slots)
    {
        var count = 0;
        for (var m = 0; m < slots.Length; m++)
            if (slots[m] >= 0 && slots[m] < index.SlotCount && Need(index.Instance, index.Instance.Meetings[m]) is not null) count++;
        return count;
    }

    /// <summary>The pool a meeting draws on (-1 when none covers its pair) and the pair, or null when it needs no interpreter.</summary>
    private static (int Pool, string Pair)? Need(Instance instance, Meeting meeting)
    {
        var spoken = new List<HashSet<string>>();
        foreach (var p in meeting.Participants)
        {
            if (p < 0 || p >= instance.Participants.Count) return null;
            var languages = instance.Participants[p].Languages;
            if (languages.Count == 0) return null;
            spoken.Add(new HashSet<string>(languages, StringComparer.OrdinalIgnoreCase));
        }
        if (spoken.Count < 2) return null;
        var common = new HashSet<string>(spoken[0], StringComparer.OrdinalIgnoreCase);
        foreach (var set in spoken.Skip(1)) common.IntersectWith(set);
        if (common.Count > 0) return null;
        var firstIndex = meeting.Participants[0];
        var otherIndex = -1;
        for (var i = 1; i < spoken.Count; i++)
            if (!spoken[i].Overlaps(spoken[0])) { otherIndex = meeting.Participants[i]; break; }
        if (otherIndex < 0) return null;
        var first = instance.Participants[firstIndex].Languages;
        var other = instance.Participants[otherIndex].Languages;
        for (var pool = 0; pool < instance.Interpreters.Count; pool++)
        {
            var (a, b) = (instance.Interpreters[pool].LanguageA, instance.Interpreters[pool].LanguageB);
            foreach (var x in first)
                foreach (var y in other)
                    if ((Eq(a, x) && Eq(b, y)) || (Eq(a, y) && Eq(b, x))) return (pool, $"{a}-{b}");
        }
        return (-1, $"{first[0]}-{other[0]}");
    }

    private static bool Eq(string x, string y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
}
