using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Registrations.Organizations;

/// <summary>A proposal as the API shows it; <c>version</c> is also its ETag, to send back in If-Match with a decision.</summary>
public sealed record OrganizationProposalDto(
    int Id, int EventId, int OrganizationId, LocalizedText Name, string CountryCode, string? Website, ProposalStatus Status,
    DateTime ProposedAtUtc, DateTime? DecidedAtUtc, int? MergedIntoOrganizationId, int Version)
{
    /// <summary>Needs Organization loaded.</summary>
    public static OrganizationProposalDto From(OrganizationProposal p) => new(
        p.Id, p.EventId, p.OrganizationId, p.Organization.Name.ToDto(), p.Organization.CountryCode, p.Organization.Website, p.Status,
        p.ProposedAtUtc, p.DecidedAtUtc, p.MergedIntoOrganizationId, p.Version);

    public string ETag => $"\"{Version}\"";
}

/// <summary>Which organization a proposal is merged into.</summary>
public sealed record MergeProposal(int IntoOrganizationId);
