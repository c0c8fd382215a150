using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

/// <summary>Maps stored profiles and opportunities (both languages) to the engine's inputs.</summary>
public static class SnapshotInputs
{
    /// <summary>Every organization with a profile or an open opportunity; one without a profile is known by its opportunities only.</summary>
    public static IEnumerable<OrganizationInput> Organizations(IEnumerable<OrganizationProfile> profiles, IEnumerable<Opportunity> opportunities,
        IReadOnlyDictionary<int, Organization> organizations)
    {
        var byOrg = profiles.ToDictionary(p => p.OrganizationId);
        foreach (var id in byOrg.Keys.Union(opportunities.Select(o => o.OrganizationId)).Order())
        {
            if (!organizations.TryGetValue(id, out var org))
            {
                continue;
            }
            byOrg.TryGetValue(id, out var p);
            yield return new OrganizationInput(id, org.CountryCode, p?.Capabilities ?? [], p?.Needs ?? [], p?.TopicSlugs ?? [],
                Both(p?.Description), Both(p?.LooksFor));
        }
    }

    public static OpportunityInput Opportunity(Opportunity o) =>
        new(o.Id, o.OrganizationId, o.Direction, o.Areas, Both(o.Title) + " " + Both(o.Description));

    private static string Both(BilingualText? text) => text is null ? "" : $"{text.En} {text.Ko}";
}
