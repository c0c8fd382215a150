namespace SpaceBridge.Web.Features.Programme.Organizations;

/// <summary>Whether an organization is part of the shared list. Only approved ones are listed and offered.</summary>
public enum OrganizationStatus
{
    Approved = 0,
    /// <summary>Proposed by a registrant; waits for an organizer's decision.</summary>
    Proposed = 1,
    /// <summary>A proposal merged into an existing organization; nothing points at it any more.</summary>
    Merged = 2,
}
