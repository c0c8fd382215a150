namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>What an organizer sets for an event's matchmaking; window times are event-local.</summary>
public sealed record MatchmakingSettingsInput(
    int SlotMinutes,
    IReadOnlyList<MeetingBlock> Blocks,
    int Tables,
    DateTime? RequestsOpenLocal,
    DateTime? RequestsCloseLocal,
    int MaxRequestsPerParticipant,
    int RequestExpiryDays);

/// <summary>The outcome of a save: whether the slots were cut anew and how many there are.</summary>
public sealed record MatchmakingSettingsSaved(bool SlotsRegenerated, int SlotCount, int TableCount, int BoothCount);
