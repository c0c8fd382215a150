using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Registrations.Organizations;

/// <summary>What a registrant states about an organization that is not on the list yet.</summary>
public sealed record ProposedOrganization(LocalizedText? Name, string? CountryCode, string? Website);
