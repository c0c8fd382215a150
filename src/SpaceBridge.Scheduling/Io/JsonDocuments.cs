namespace SpaceBridge.Scheduling.Io;

// The on-disk shape of instance and solution files (docs/scheduler-format.md). Kept apart from
// the model so the file format can stay stable while the model grows.

internal sealed class InstanceDocument
{
    public string? Format { get; set; }
    public string? Name { get; set; }
    public List<BlockDocument>? Blocks { get; set; }
    public List<LocationDocument>? Locations { get; set; }
    public List<ParticipantDocument>? Participants { get; set; }
    public List<MeetingDocument>? Meetings { get; set; }
    public RulesDocument? Rules { get; set; }
    public List<InterpreterDocument>? Interpreters { get; set; }
}

internal sealed class InterpreterDocument
{
    public List<string>? Languages { get; set; }
    /// <summary>Interpreters free in every slot, unless <see cref="PerSlot"/> says otherwise.</summary>
    public int? Count { get; set; }
    public List<int>? PerSlot { get; set; }
}

internal sealed class BlockDocument
{
    public int Day { get; set; }
    public string? Part { get; set; }
    public int FirstSlot { get; set; }
    public int SlotCount { get; set; }
}

internal sealed class LocationDocument
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public int? Capacity { get; set; }
}

internal sealed class ParticipantDocument
{
    public string? Name { get; set; }
    public List<int>? ForbiddenSlots { get; set; }
    public int? HomeLocation { get; set; }
    public List<string>? Languages { get; set; }
}

internal sealed class MeetingDocument
{
    public string? Id { get; set; }
    public List<int>? Participants { get; set; }
    public int? Weight { get; set; }
    public string? Session { get; set; }
    public int? PinnedSlot { get; set; }
    public int? PinnedLocation { get; set; }
    public List<int>? Predecessors { get; set; }
    public List<string>? Preferences { get; set; }
}

internal sealed class RulesDocument
{
    public bool RequireAllMeetings { get; set; }
    public int? MaxBreakSpread { get; set; }
    public bool BreaksSpanWholeDay { get; set; }
}

internal sealed class SolutionDocument
{
    public string? Format { get; set; }
    public string? Instance { get; set; }
    public List<AssignmentDocument>? Assignments { get; set; }
}

internal sealed class AssignmentDocument
{
    public int? Meeting { get; set; }
    public int? Slot { get; set; }
    public int? Location { get; set; }
    public string? UnscheduledReason { get; set; }
}
