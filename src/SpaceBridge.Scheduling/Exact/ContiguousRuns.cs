namespace SpaceBridge.Scheduling.Exact;

/// <summary>Where a participant without breaks can meet: one run of consecutive slots holding all its meetings.</summary>
internal static class ContiguousRuns
{
    /// <summary>
    /// Whether <paramref name="n"/> consecutive slots from <paramref name="first"/> can hold all of participant
    /// <paramref name="p"/>'s meetings: each slot usable by one of them, each meeting with an allowed slot inside, and
    /// each block holding at least the meetings restricted to it.
    /// </summary>
    public static bool CanHold(SlotDomains domains, int p, int first, int n) => new Fit(domains, p).Holds(first, n);

    /// <summary>The first slots of the runs within <paramref name="window"/> that can hold all of <paramref name="p"/>'s meetings.</summary>
    public static List<int> Starts(SlotDomains domains, int p, BreakWindow window)
    {
        var n = domains.MeetingsOf[p].Length;
        var fit = new Fit(domains, p);
        return Enumerable.Range(window.FirstSlot, Math.Max(0, window.SlotCount - n + 1)).Where(k => fit.Holds(k, n)).ToList();
    }

    /// <summary>
    /// The slots participant <paramref name="p"/> is busy in whenever it has no break: those inside every run that can
    /// hold its meetings within <paramref name="window"/>. Null when no such run exists (it must take a break).
    /// </summary>
    public static IReadOnlyList<int>? Covered(SlotDomains domains, int p, BreakWindow window)
    {
        var n = domains.MeetingsOf[p].Length;
        var starts = Starts(domains, p, window);
        if (starts.Count == 0) return null;
        return Enumerable.Range(starts.Max(), Math.Max(0, starts.Min() + n - starts.Max())).ToList();
    }

    /// <summary>A participant's usable slots and meetings confined to one block, worked out once for many runs.</summary>
    private sealed class Fit
    {
        private readonly SlotDomains domains;
        private readonly int[][] allowed;
        private readonly bool[] usable;
        private readonly Dictionary<int, int> confinedPerBlock = [];

        public Fit(SlotDomains domains, int p)
        {
            this.domains = domains;
            allowed = domains.MeetingsOf[p].Select(m => domains.AllowedSlots[m]).ToArray();
            usable = new bool[domains.SlotCount];
            foreach (var slots in allowed)
            {
                foreach (var s in slots) usable[s] = true;
                if (slots.Length > 0 && slots.All(s => domains.BlockOfSlot[s] == domains.BlockOfSlot[slots[0]]))
                    confinedPerBlock[domains.BlockOfSlot[slots[0]]] = confinedPerBlock.GetValueOrDefault(domains.BlockOfSlot[slots[0]]) + 1;
            }
        }

        public bool Holds(int first, int n)
        {
            var end = first + n;
            if (first < 0 || end > domains.SlotCount) return false;
            for (var s = first; s < end; s++)
                if (!usable[s]) return false;
            if (allowed.Any(slots => !slots.Any(s => s >= first && s < end))) return false;
            foreach (var (block, need) in confinedPerBlock)
                if (Enumerable.Range(first, n).Count(s => domains.BlockOfSlot[s] == block) < need) return false;
            return true;
        }
    }

    /// <summary>
    /// Whether participant <paramref name="p"/> has meetings confined to two different blocks (a morning-only and an
    /// afternoon-only meeting): without a break it must then be busy on both sides of the pause between them, where
    /// tables and partners are most contested, so such participants are the usual candidates for breaks.
    /// </summary>
    public static bool SpansBlocks(SlotDomains domains, int p) =>
        domains.MeetingsOf[p]
            .Select(m => domains.AllowedSlots[m])
            .Where(allowed => allowed.Length > 0 && allowed.All(s => domains.BlockOfSlot[s] == domains.BlockOfSlot[allowed[0]]))
            .Select(allowed => domains.BlockOfSlot[allowed[0]])
            .Distinct()
            .Count() > 1;
}
