using SpaceBridge.Web.Features.Matchmaking.Recommendations;

namespace SpaceBridge.Web.Benchmarks.Recommendations;

/// <summary>The kind of organization the generator planted, to read the figures by group.</summary>
public enum SyntheticRole { Planted, Decoy, Noise }

/// <summary>
/// A generated forum: the engine's inputs, and for every organization the niches it truly offers and requests.
/// Truth comes from those niches only: B is a relevant partner of A when A offers a niche B requests or B
/// offers a niche A requests. The engine never sees the niches, only areas and text derived from them.
/// </summary>
public sealed record SyntheticForum(
    IReadOnlyList<OrganizationInput> Organizations,
    IReadOnlyList<OpportunityInput> Opportunities,
    IReadOnlyList<SyntheticRole> Roles,
    IReadOnlyList<UInt128> OfferedNiches,
    IReadOnlyList<UInt128> RequestedNiches)
{
    /// <summary>Organization ids are 1..N in list order; index i holds organization i + 1.</summary>
    public IReadOnlySet<int> RelevantPartnersOf(int organizationId)
    {
        var i = organizationId - 1;
        var relevant = new HashSet<int>();
        for (var j = 0; j < Organizations.Count; j++)
        {
            if (j != i && ((OfferedNiches[i] & RequestedNiches[j]) != 0 || (OfferedNiches[j] & RequestedNiches[i]) != 0))
            {
                relevant.Add(j + 1);
            }
        }
        return relevant;
    }
}
