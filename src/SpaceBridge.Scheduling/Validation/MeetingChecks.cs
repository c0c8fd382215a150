using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Validation;

/// <summary>Constraints on one meeting: required, session, availability, pins and precedences.</summary>
internal static class MeetingChecks
{
    public static void Check(InstanceIndex index, int[] slots, int[] locations, List<Violation> violations)
    {
        var instance = index.Instance;
        for (var m = 0; m < slots.Length; m++)
        {
            var meeting = instance.Meetings[m];
            var slot = slots[m];
            if (slot < 0)
            {
                if (instance.Rules.RequireAllMeetings)
                    violations.Add(new(ViolationKind.Unscheduled, m, null, null, $"meeting {m} is unscheduled but every meeting is required"));
                else if (meeting.PinnedSlot is { } pin) // one fault, one violation: Unscheduled covers it above
                    violations.Add(new(ViolationKind.PinnedSlot, m, null, pin, $"meeting {m} is pinned to slot {pin} but unscheduled"));
                continue;
            }

            if (!index.SessionAllows(meeting, slot))
                violations.Add(new(ViolationKind.SessionRestriction, m, null, slot, $"meeting {m} is restricted to the {meeting.Session.ToString().ToLowerInvariant()} but placed in slot {slot}"));
            foreach (var p in meeting.Participants)
                if (instance.Participants[p].ForbiddenSlots.Contains(slot))
                    violations.Add(new(ViolationKind.ForbiddenSlot, m, p, slot, $"meeting {m} is in slot {slot}, forbidden for participant {p}"));
            if (meeting.PinnedSlot is { } pinned && pinned != slot)
                violations.Add(new(ViolationKind.PinnedSlot, m, null, slot, $"meeting {m} is pinned to slot {pinned} but placed in slot {slot}"));
            if (meeting.PinnedLocation is { } pinnedLocation && locations[m] != pinnedLocation)
                violations.Add(new(ViolationKind.PinnedLocation, m, null, slot, $"meeting {m} is pinned to location {pinnedLocation} but placed at {(locations[m] < 0 ? "none" : locations[m])}"));
            // A precedence binds only when both meetings take place.
            foreach (var before in meeting.Predecessors)
                if (slots[before] >= 0 && slots[before] >= slot)
                    violations.Add(new(ViolationKind.Precedence, m, null, slot, $"meeting {m} in slot {slot} must come after meeting {before}, which is in slot {slots[before]}"));
        }
    }
}
