using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Bounds;

/// <summary>
/// A proven lower bound on total breaks. A participant's meetings sit in runs of consecutive usable
/// slots; using two runs of one break window (a block, or a day under
/// <see cref="SchedulingRules.BreaksSpanWholeDay"/>) leaves idle slots between them, a break. The first run used in
/// each window is free, every further run costs a break, so a participant whose meetings do not fit
/// in the longest run of each window needs at least as many breaks as extra runs must be opened.
/// </summary>
public static class BreakLowerBound
{
    /// <param name="meetings">The meetings that are (or must be) scheduled.</param>
    public static int Compute(InstanceIndex index, IEnumerable<int> meetings) => PerParticipant(index, meetings).Sum();

    /// <summary>
    /// Each participant's bound for a schedule: over every meeting in the literature's mode (all are required), else over
    /// the meetings the schedule places (<paramref name="slots"/>: each meeting's slot, null when it is out).
    /// </summary>
    public static int[] ForSchedule(InstanceIndex index, IReadOnlyList<int?> slots) =>
        PerParticipant(index, index.Instance.Rules.RequireAllMeetings
            ? Enumerable.Range(0, slots.Count)
            : Enumerable.Range(0, slots.Count).Where(m => slots[m] is not null));

    /// <summary>Participants with more breaks than their own bound.</summary>
    public static int ParticipantsAbove(IReadOnlyList<int> breaks, IReadOnlyList<int> bounds) =>
        breaks.Where((count, p) => p < bounds.Count && count > bounds[p]).Count();

    /// <summary>The proven lower bound of each participant's breaks.</summary>
    /// <param name="meetings">The meetings that are (or must be) scheduled.</param>
    public static int[] PerParticipant(InstanceIndex index, IEnumerable<int> meetings)
    {
        var instance = index.Instance;
        var counted = new List<int>[instance.Participants.Count];
        foreach (var m in meetings)
            foreach (var p in instance.Meetings[m].Participants.Distinct())
                (counted[p] ??= []).Add(m);

        var bounds = new int[counted.Length];
        for (var p = 0; p < counted.Length; p++)
            if (counted[p] is { Count: > 1 } list) bounds[p] = ForParticipant(index, list);
        return bounds;
    }

    private static int ForParticipant(InstanceIndex index, List<int> meetings)
    {
        var usable = new bool[index.SlotCount];
        foreach (var m in meetings)
            for (var t = 0; t < index.SlotCount; t++)
                usable[t] |= index.IsSlotAllowed(m, t);

        var free = new List<int>();
        var extra = new List<int>();
        var runsOfWindow = new List<int>[index.BreakWindowCount];
        for (var w = 0; w < runsOfWindow.Length; w++) runsOfWindow[w] = [];
        for (var t = 0; t < index.SlotCount; t++)
        {
            var window = index.BreakWindowOfSlot[t];
            if (window < 0 || !usable[t]) continue;
            var continues = t > 0 && usable[t - 1] && index.BreakWindowOfSlot[t - 1] == window;
            if (continues) runsOfWindow[window][^1]++;
            else runsOfWindow[window].Add(1);
        }
        foreach (var runs in runsOfWindow)
        {
            if (runs.Count == 0) continue;
            runs.Sort();
            free.Add(runs[^1]);
            extra.AddRange(runs.Take(runs.Count - 1));
        }

        var room = free.Sum();
        var breaks = 0;
        foreach (var size in extra.OrderDescending())
        {
            if (room >= meetings.Count) break;
            room += size;
            breaks++;
        }
        return breaks;
    }
}
