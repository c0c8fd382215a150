namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>One field of an initiative changed: who, when, which field, old value and new value (as shown, invariant).</summary>
public class InitiativeChange
{
    public long Id { get; set; }
    public int InitiativeId { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string Field { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
