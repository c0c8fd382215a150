using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Validation;

/// <summary>
/// Checks a solution against every hard constraint of its instance and computes its metrics.
/// Shares no code with the solvers, so a solver bug cannot hide itself.
/// </summary>
public static class ScheduleValidator
{
    public static ValidationReport Validate(Instance instance, Solution solution) =>
        Validate(new InstanceIndex(instance), solution);

    public static ValidationReport Validate(InstanceIndex index, Solution solution)
    {
        var instance = index.Instance;
        var violations = new List<Violation>();
        var slots = new int[instance.Meetings.Count];
        var locations = new int[instance.Meetings.Count];
        Array.Fill(slots, -1);
        Array.Fill(locations, -1);
        var seen = new bool[instance.Meetings.Count];

        foreach (var a in solution.Assignments)
        {
            if (a.Meeting < 0 || a.Meeting >= instance.Meetings.Count)
            {
                violations.Add(new(ViolationKind.UnknownMeeting, a.Meeting, null, a.Slot, $"assignment names unknown meeting {a.Meeting}"));
                continue;
            }
            if (seen[a.Meeting])
            {
                violations.Add(new(ViolationKind.DuplicateAssignment, a.Meeting, null, a.Slot, $"meeting {a.Meeting} is assigned more than once"));
                continue;
            }
            seen[a.Meeting] = true;
            if (a.Slot is not { } slot) continue;
            if (slot < 0 || slot >= index.SlotCount || index.BlockOfSlot[slot] < 0)
            {
                violations.Add(new(ViolationKind.SlotOutOfRange, a.Meeting, null, slot, $"meeting {a.Meeting} is in slot {slot}, which no block contains"));
                continue;
            }
            slots[a.Meeting] = slot;
            if (a.Location is { } location)
            {
                if (location < 0 || location >= instance.Locations.Count)
                    violations.Add(new(ViolationKind.LocationOutOfRange, a.Meeting, null, slot, $"meeting {a.Meeting} is at unknown location {location}"));
                else locations[a.Meeting] = location;
            }
            else if (instance.Locations.Count > 0)
            {
                violations.Add(new(ViolationKind.MissingLocation, a.Meeting, null, slot, $"meeting {a.Meeting} is scheduled in slot {slot} without a location"));
            }
        }

        MeetingChecks.Check(index, slots, locations, violations);
        SlotChecks.Check(index, slots, locations, violations);
        InterpreterChecks.Check(index, slots, violations);
        var metrics = MetricsCalculator.Compute(index, slots, locations);
        if (instance.Rules.MaxBreakSpread is { } maxSpread && metrics.BreakSpread > maxSpread)
        {
            var worst = metrics.BreaksPerParticipant.Select((b, p) => (b, p)).Max().p;
            violations.Add(new(ViolationKind.BreakSpread, null, worst, null,
                $"break spread is {metrics.BreakSpread} (participant {worst} has {metrics.BreaksPerParticipant[worst]} breaks), allowed {maxSpread}"));
        }
        return new ValidationReport(violations, metrics);
    }
}
