using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>
/// A cooperation between two or more organizations of different countries that a forum started: an MoU, a joint R&amp;D
/// project, a supply contract... Its parties' members update it; every change is kept in <see cref="Changes"/>.
/// </summary>
public class Initiative
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public Forum Forum { get; set; } = null!;
    public BilingualText Title { get; set; } = new();
    public InitiativeKind Kind { get; set; }
    public InitiativeStage Stage { get; set; }
    public CapabilityArea? Topic { get; set; }
    /// <summary>The value where the parties give one, in <see cref="Currency"/> (ISO 4217).</summary>
    public decimal? Value { get; set; }
    public string? Currency { get; set; }
    public string? NextStep { get; set; }
    public DateOnly? NextStepDue { get; set; }
    public InitiativeVisibility Visibility { get; set; }
    public string CreatedByUserId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>When anything last changed; stale-initiative reminders count from here.</summary>
    public DateTime LastChangedAtUtc { get; set; }
    /// <summary>When the parties were last reminded that nothing changed, so one quiet spell brings one reminder.</summary>
    public DateTime? StaleReminderSentAtUtc { get; set; }
    public int Version { get; set; }
    public List<InitiativeParty> Parties { get; set; } = [];
    public List<InitiativeOrigin> Origins { get; set; } = [];
    public List<InitiativeChange> Changes { get; set; } = [];
}
