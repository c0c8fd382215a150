namespace SpaceBridge.Scheduling.Exact;

/// <summary>Where a participant without breaks can meet: one run of consecutive slots holding all its meetings.</summary>
internal static class ContiguousRuns
{
    /// <summary>
    /// Whether <paramref name="n"/> consecutive slots from <paramref name="first"/> can hold all of participant
    /// <paramref name="p"/>'s meetings: each slot usable by one of them, each meeting with an allowed slot inside, and
    /// each block holding at least the meetings restricted to it.
    /// </summary>
    public static bool CanHold(SlotDomains domains, int p, int first, int n)
    {
        var end = first + n;
        if (first < 0 || end > domains.SlotCount) return false;
        var usable = new bool[domains.SlotCount];
        foreach (var m in domains.MeetingsOf[p])
            foreach (var s in domains.AllowedSlots[m]) usable[s] = true;
        for (var s = first; s < end; s++)
            if (!usable[s]) return false;
        var needPerBlock = new Dictionary<int, int>();
        foreach (var m in domains.MeetingsOf[p])
        {
            var allowed = domains.AllowedSlots[m];
            if (allowed.Length == 0 || !allowed.Any(s => s >= first && s < end)) return false;
            var block = domains.BlockOfSlot[allowed[0]];
            if (allowed.All(s => domains.BlockOfSlot[s] == block))
                needPerBlock[block] = needPerBlock.GetValueOrDefault(block) + 1;
        }
        foreach (var (block, need) in needPerBlock)
            if (Enumerable.Range(first, n).Count(s => domains.BlockOfSlot[s] == block) < need) return false;
        return true;
    }

    /// <summary>
    /// The slots participant <paramref name="p"/> is busy in whenever it has no break: those inside every run that can
    /// hold its meetings within <paramref name="window"/>. Null when no such run exists (it must take a break).
    /// </summary>
    public static IReadOnlyList<int>? Covered(SlotDomains domains, int p, BreakWindow window)
    {
        var n = domains.MeetingsOf[p].Length;
        var starts = Enumerable.Range(window.FirstSlot, Math.Max(0, window.SlotCount - n + 1))
            .Where(k => CanHold(domains, p, k, n)).ToList();
        if (starts.Count == 0) return null;
        return Enumerable.Range(starts.Max(), Math.Max(0, starts.Min() + n - starts.Max())).ToList();
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
