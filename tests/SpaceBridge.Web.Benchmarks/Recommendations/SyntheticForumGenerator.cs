using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Matchmaking.Recommendations;

namespace SpaceBridge.Web.Benchmarks.Recommendations;

/// <summary>
/// Writes a labelled synthetic forum, the same for the same seed. About 55% of the organizations are planted in
/// small groups around a niche (one or two providers offer it, one or two seekers request it, and in half the
/// groups the seekers offer a second niche the providers request); 25% are decoys that copy a planted
/// organization's areas both ways but work in another niche of those areas; 20% are noise with random areas and
/// generic text. Profiles list an extra unrelated area now and then, as real ones do.
/// </summary>
public sealed class SyntheticForumGenerator(int seed)
{
    private static readonly string[] Countries = ["KR", "US", "TH", "MY", "MX"];
    private static readonly string[] TopicSlugs =
    [
        "space-policy", "b2b-partnerships", "government-support", "supply-chain-resilience",
        "commercial-exploration", "space-economy", "emerging-space-countries", "cooperation-with-korea",
    ];

    private readonly Random _random = new(seed);

    private sealed class Draft(SyntheticRole role, string country)
    {
        public SyntheticRole Role { get; } = role;
        public string Country { get; } = country;
        public List<int> Offers { get; } = [];
        public List<int> Requests { get; } = [];
        public List<string> Topics { get; } = [];
    }

    public SyntheticForum Generate(int organizations)
    {
        var drafts = new List<Draft>();
        var planted = (int)(organizations * 0.55);
        while (drafts.Count < planted)
        {
            PlantGroup(drafts, planted - drafts.Count);
        }
        var decoys = (int)(organizations * 0.25);
        for (var i = 0; i < decoys; i++)
        {
            drafts.Add(Decoy(drafts[_random.Next(planted)]));
        }
        while (drafts.Count < organizations)
        {
            drafts.Add(new Draft(SyntheticRole.Noise, Pick(Countries)) { Topics = { Pick(TopicSlugs) } });
        }
        Shuffle(drafts);

        var orgs = new List<OrganizationInput>();
        var opps = new List<OpportunityInput>();
        for (var i = 0; i < drafts.Count; i++)
        {
            orgs.Add(Profile(i + 1, drafts[i]));
            AddOpportunities(i + 1, drafts[i], opps);
        }
        return new SyntheticForum(orgs, opps, drafts.Select(d => d.Role).ToList(),
            drafts.Select(d => Mask(d.Offers)).ToList(), drafts.Select(d => Mask(d.Requests)).ToList());
    }

    private void PlantGroup(List<Draft> drafts, int room)
    {
        var first = _random.Next(NicheVocabulary.Count);
        var second = _random.Next(2) == 0 ? _random.Next(NicheVocabulary.Count) : -1;
        var providers = Math.Min(room, _random.Next(1, 3));
        var seekers = Math.Max(1, Math.Min(room - providers, _random.Next(1, 3)));
        var topic = Pick(TopicSlugs);
        // Most planted groups span two countries: the forum exists for cross-country pairs, but not only.
        var home = Pick(Countries);
        var abroad = _random.NextDouble() < 0.7 ? Pick(Countries.Where(c => c != home).ToArray()) : home;
        for (var i = 0; i < providers + seekers; i++)
        {
            var provider = i < providers;
            var draft = new Draft(SyntheticRole.Planted, provider ? home : abroad);
            (provider ? draft.Offers : draft.Requests).Add(first);
            if (second >= 0)
            {
                (provider ? draft.Requests : draft.Offers).Add(second);
            }
            draft.Topics.Add(_random.NextDouble() < 0.6 ? topic : Pick(TopicSlugs));
            drafts.Add(draft);
        }
    }

    /// <summary>Same areas as the planted organization, both ways, in a different niche of each area.</summary>
    private Draft Decoy(Draft like)
    {
        var decoy = new Draft(SyntheticRole.Decoy, Pick(Countries)) { Topics = { Pick(TopicSlugs) } };
        decoy.Offers.AddRange(like.Offers.Select(OtherNicheOfSameArea));
        decoy.Requests.AddRange(like.Requests.Select(OtherNicheOfSameArea));
        decoy.Topics.AddRange(like.Topics);
        return decoy;
    }

    private int OtherNicheOfSameArea(int niche)
    {
        var area = niche / NicheVocabulary.NichesPerArea;
        var other = (niche % NicheVocabulary.NichesPerArea + _random.Next(1, NicheVocabulary.NichesPerArea)) % NicheVocabulary.NichesPerArea;
        return area * NicheVocabulary.NichesPerArea + other;
    }

    private OrganizationInput Profile(int id, Draft d)
    {
        var caps = d.Offers.Select(NicheVocabulary.AreaOf).ToHashSet();
        var needs = d.Requests.Select(NicheVocabulary.AreaOf).ToHashSet();
        // Noise lists random areas; everyone else sometimes an extra one they have nothing specific about.
        if (d.Role == SyntheticRole.Noise || _random.NextDouble() < 0.3) { caps.Add(RandomArea()); }
        if (d.Role == SyntheticRole.Noise || _random.NextDouble() < 0.3) { needs.Add(RandomArea()); }
        var offerText = $"{Phrase(caps, d.Offers)} {Fill(6)}";
        var needText = $"{Phrase(needs, d.Requests)} {Fill(3)}";
        return new OrganizationInput(id, d.Country, [.. caps], [.. needs], d.Topics.Distinct().ToList(), offerText, needText);
    }

    private void AddOpportunities(int orgId, Draft d, List<OpportunityInput> opps)
    {
        void Add(OpportunityDirection direction, List<int> niches)
        {
            foreach (var niche in niches.Where(_ => _random.NextDouble() < 0.6))
            {
                var area = NicheVocabulary.AreaOf(niche);
                opps.Add(new OpportunityInput(opps.Count + 1, orgId, direction, [area], Phrase([area], [niche])));
            }
        }
        Add(OpportunityDirection.Offer, d.Offers);
        Add(OpportunityDirection.Request, d.Requests);
        if (d.Role == SyntheticRole.Noise && _random.NextDouble() < 0.3)
        {
            var area = RandomArea();
            opps.Add(new OpportunityInput(opps.Count + 1, orgId, OpportunityDirection.Offer, [area], Phrase([area], [])));
        }
    }

    /// <summary>The areas' ordinary names in both languages, and three to five words of each niche.</summary>
    private string Phrase(IEnumerable<CapabilityArea> areas, IEnumerable<int> niches) => string.Join(" ",
        areas.Select(a => $"{AreaPhrases.Of(a).En} {AreaPhrases.Of(a).Ko}")
            .Concat(niches.Select(n => string.Join(" ", NicheVocabulary.WordsOf(n).OrderBy(_ => _random.Next()).Take(_random.Next(3, 6))))));

    private string Fill(int words) => string.Join(" ", Enumerable.Range(0, words).Select(_ => Pick(NicheVocabulary.Filler)));

    private CapabilityArea RandomArea() => (CapabilityArea)_random.Next(Enum.GetValues<CapabilityArea>().Length);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static UInt128 Mask(IEnumerable<int> niches) => niches.Aggregate(UInt128.Zero, (m, n) => m | (UInt128.One << n));
}
