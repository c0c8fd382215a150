using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Validation;

/// <summary>Constraints across meetings in one slot: one place at a time, location capacity.</summary>
internal static class SlotChecks
{
    public static void Check(InstanceIndex index, int[] slots, int[] locations, List<Violation> violations)
    {
        var instance = index.Instance;
        var occupant = new Dictionary<(int Participant, int Slot), int>();
        var load = new Dictionary<(int Location, int Slot), int>();
        for (var m = 0; m < slots.Length; m++)
        {
            var slot = slots[m];
            if (slot < 0) continue;
            foreach (var p in instance.Meetings[m].Participants)
            {
                if (occupant.TryGetValue((p, slot), out var other))
                    violations.Add(new(ViolationKind.ParticipantDoubleBooked, m, p, slot, $"participant {p} is in meetings {other} and {m} in slot {slot}"));
                else occupant[(p, slot)] = m;
            }
            if (locations[m] < 0) continue;
            var key = (locations[m], slot);
            var count = load.GetValueOrDefault(key) + 1;
            load[key] = count;
            if (count == instance.Locations[locations[m]].Capacity + 1)
                violations.Add(new(ViolationKind.LocationCapacity, m, null, slot, $"location {locations[m]} holds more than its capacity of {instance.Locations[locations[m]].Capacity} in slot {slot}"));
        }
    }
}
