using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>Break counts of a slot assignment: idle runs between two meetings within a break window.</summary>
internal static class BreakCounter
{
    public static int[] PerParticipant(Instance instance, IReadOnlyList<int?> slotOfMeeting)
    {
        var slotCount = instance.SlotCount;
        var busy = new bool[instance.Participants.Count, slotCount];
        for (var m = 0; m < slotOfMeeting.Count; m++)
            if (slotOfMeeting[m] is { } s)
                foreach (var p in instance.Meetings[m].Participants) busy[p, s] = true;
        var breaks = new int[instance.Participants.Count];
        var windows = BreakWindow.Of(instance);
        for (var p = 0; p < breaks.Length; p++)
            foreach (var window in windows)
            {
                var runs = 0;
                for (var s = window.FirstSlot; s < window.End; s++)
                    if (busy[p, s] && (s == window.FirstSlot || !busy[p, s - 1])) runs++;
                breaks[p] += Math.Max(0, runs - 1);
            }
        return breaks;
    }
}
