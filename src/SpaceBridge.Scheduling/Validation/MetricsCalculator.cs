using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Validation;

/// <summary>Computes <see cref="ScheduleMetrics"/> from the meetings' slots and locations.</summary>
internal static class MetricsCalculator
{
    /// <param name="slots">Slot of each meeting, or -1 when unscheduled; slots outside the instance are ignored.</param>
    /// <param name="locations">Location of each meeting, or -1.</param>
    public static ScheduleMetrics Compute(InstanceIndex index, int[] slots, int[] locations)
    {
        var instance = index.Instance;
        var participantCount = instance.Participants.Count;
        var breaks = new int[participantCount];
        var changes = new int[participantCount];
        var unscheduled = new int[participantCount];
        var busy = new List<(int Slot, int Location)>();

        for (var p = 0; p < participantCount; p++)
        {
            busy.Clear();
            foreach (var m in index.MeetingsOfParticipant[p])
            {
                if (slots[m] >= 0 && slots[m] < index.SlotCount) busy.Add((slots[m], locations[m]));
                else unscheduled[p]++;
            }
            busy.Sort();
            for (var i = 1; i < busy.Count; i++)
            {
                var (previous, current) = (busy[i - 1], busy[i]);
                var window = index.BreakWindowOfSlot[current.Slot];
                if (window >= 0 && window == index.BreakWindowOfSlot[previous.Slot] && current.Slot > previous.Slot + 1)
                    breaks[p]++;
                if (previous.Location >= 0 && current.Location >= 0 && previous.Location != current.Location)
                    changes[p]++;
            }
        }

        long scheduledWeight = 0, unscheduledWeight = 0;
        int scheduledCount = 0, mustMeet = 0, mustMeetScheduled = 0;
        for (var m = 0; m < slots.Length; m++)
        {
            var placed = slots[m] >= 0 && slots[m] < index.SlotCount;
            if (placed) { scheduledCount++; scheduledWeight += instance.Meetings[m].Weight; }
            else unscheduledWeight += instance.Meetings[m].Weight;
            // Must-meet: some side marked it so (locked or not).
            if (instance.Meetings[m].Preferences.Contains(MeetingPreference.MustMeet))
            {
                mustMeet++;
                if (placed) mustMeetScheduled++;
            }
        }

        return new ScheduleMetrics
        {
            ScheduledCount = scheduledCount,
            ScheduledWeight = scheduledWeight,
            UnscheduledCount = slots.Length - scheduledCount,
            UnscheduledWeight = unscheduledWeight,
            BreaksPerParticipant = breaks,
            TotalBreaks = breaks.Sum(),
            BreakSpread = participantCount == 0 ? 0 : breaks.Max() - breaks.Min(),
            UnscheduledPerParticipant = unscheduled,
            LocationChangesPerParticipant = changes,
            TotalLocationChanges = changes.Sum(),
            MustMeetCount = mustMeet,
            MustMeetScheduled = mustMeetScheduled,
            InterpretedCount = InterpreterChecks.Interpreted(index, slots),
        };
    }
}
