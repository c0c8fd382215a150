namespace SpaceBridge.Scheduling.Model;

/// <summary>
/// A B2B meeting-scheduling problem. Slots are numbered 0..SlotCount-1 across the whole
/// forum; each slot belongs to exactly one <see cref="Block"/> (a day's morning or afternoon).
/// Participants, meetings and locations are identified by their index in their list.
/// </summary>
public sealed record Instance
{
    public string Name { get; init; } = "";
    public required IReadOnlyList<Block> Blocks { get; init; }
    public required IReadOnlyList<Participant> Participants { get; init; }
    public required IReadOnlyList<Meeting> Meetings { get; init; }
    public required IReadOnlyList<Location> Locations { get; init; }
    public SchedulingRules Rules { get; init; } = new();
    /// <summary>
    /// Interpreters free per slot for each language pair. A meeting whose participants share no language needs one of
    /// its pair (<see cref="InterpreterNeeds"/>); no slot may hold more such meetings than interpreters of the pair.
    /// </summary>
    public IReadOnlyList<InterpreterPool> Interpreters { get; init; } = [];

    public int SlotCount => Blocks.Count == 0 ? 0 : Blocks.Max(b => b.FirstSlot + b.SlotCount);
}

public enum DayPart { Morning, Afternoon }

/// <summary>A contiguous run of slots in which idle gaps count as breaks.</summary>
public sealed record Block(int Day, DayPart Part, int FirstSlot, int SlotCount);

public sealed record Participant
{
    public required string Name { get; init; }
    /// <summary>Slots the participant cannot meet in (unavailable, or attending a session).</summary>
    public IReadOnlySet<int> ForbiddenSlots { get; init; } = new HashSet<int>();
    /// <summary>Where the participant stays when meeting, e.g. an exhibitor's booth.</summary>
    public int? HomeLocation { get; init; }
    /// <summary>
    /// Languages the participant meets in (any tags, compared ignoring case), the preferred one first. Empty: not known,
    /// and the participant never needs an interpreter.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}

public enum SessionRestriction { Any, Morning, Afternoon }

public sealed record Meeting
{
    public required IReadOnlyList<int> Participants { get; init; }
    public int Weight { get; init; } = 1;
    public SessionRestriction Session { get; init; } = SessionRestriction.Any;
    public int? PinnedSlot { get; init; }
    public int? PinnedLocation { get; init; }
    /// <summary>Meetings that must take place in an earlier slot than this one.</summary>
    public IReadOnlyList<int> Predecessors { get; init; } = [];
    public string? ExternalId { get; init; }
    /// <summary>
    /// Each side's mark on the request, in the order of <see cref="Participants"/>; empty (or shorter) means
    /// <see cref="MeetingPreference.Meet"/> for the sides not given. <see cref="MeetingPriority"/> derives the request's tier.
    /// </summary>
    public IReadOnlyList<MeetingPreference> Preferences { get; init; } = [];
}

/// <summary>How much one side wants a requested meeting.</summary>
public enum MeetingPreference { Meet, MustMeet, Optional }

public enum LocationKind { Table, Booth }

public sealed record Location(string Name, LocationKind Kind = LocationKind.Table, int Capacity = 1);

public sealed record SchedulingRules
{
    /// <summary>The literature's mode: every meeting must be placed.</summary>
    public bool RequireAllMeetings { get; init; }
    /// <summary>Largest allowed difference between two participants' break counts.</summary>
    public int? MaxBreakSpread { get; init; }
    /// <summary>
    /// Count breaks over a whole day instead of per block: a day's adjacent blocks form one
    /// run of slots, so an idle gap across the lunch pause is a break unless the last morning
    /// slot and the first afternoon slot are both busy. The UdG benchmark's published optima
    /// are counted this way.
    /// </summary>
    public bool BreaksSpanWholeDay { get; init; }
}

/// <summary>Interpreters of one language pair: how many are free in each slot (slots beyond the list: none).</summary>
public sealed record InterpreterPool(string LanguageA, string LanguageB, IReadOnlyList<int> AvailablePerSlot)
{
    public int AvailableIn(int slot) => slot >= 0 && slot < AvailablePerSlot.Count ? Math.Max(0, AvailablePerSlot[slot]) : 0;

    /// <summary>True when this pool interprets between the two languages (in either direction, ignoring case).</summary>
    public bool Covers(string a, string b) =>
        (Same(LanguageA, a) && Same(LanguageB, b)) || (Same(LanguageA, b) && Same(LanguageB, a));

    private static bool Same(string x, string y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
}
