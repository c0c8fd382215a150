namespace SpaceBridge.Scheduling.Validation;

public enum ViolationKind
{
    /// <summary>An assignment names a meeting the instance does not have.</summary>
    UnknownMeeting,
    /// <summary>A meeting has more than one assignment.</summary>
    DuplicateAssignment,
    SlotOutOfRange,
    LocationOutOfRange,
    /// <summary>A scheduled meeting has no location although the instance has locations.</summary>
    MissingLocation,
    /// <summary>A participant is in two meetings in one slot.</summary>
    ParticipantDoubleBooked,
    ForbiddenSlot,
    PinnedSlot,
    PinnedLocation,
    Precedence,
    LocationCapacity,
    SessionRestriction,
    /// <summary>A meeting is unscheduled although the rules require every meeting.</summary>
    Unscheduled,
    BreakSpread,
    /// <summary>A slot holds more meetings needing an interpreter of one language pair than interpreters of it are free.</summary>
    InterpreterCapacity,
}

/// <summary>One broken hard constraint, with whatever of meeting, participant and slot it concerns.</summary>
public sealed record Violation(ViolationKind Kind, int? Meeting, int? Participant, int? Slot, string Message)
{
    public override string ToString() => $"{Kind}: {Message}";
}
