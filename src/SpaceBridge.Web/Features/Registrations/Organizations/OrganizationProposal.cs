using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Registrations.Organizations;

/// <summary>
/// A registrant's proposal of an organization that is not yet on the list. The proposed organization exists from the
/// start (status Proposed) so registrations can point at it; organizers approve it or merge it into an existing one.
/// </summary>
public class OrganizationProposal
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    /// <summary>The event whose registration form it was proposed on; its forum's organizers decide.</summary>
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public required string ProposedByUserId { get; set; }
    public DateTime ProposedAtUtc { get; set; }
    public ProposalStatus Status { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecidedByUserId { get; set; }
    /// <summary>For a merged proposal: the organization its registrations moved to.</summary>
    public int? MergedIntoOrganizationId { get; set; }
    /// <summary>Optimistic concurrency: a decision made on a stale view is refused.</summary>
    public int Version { get; set; }
}
