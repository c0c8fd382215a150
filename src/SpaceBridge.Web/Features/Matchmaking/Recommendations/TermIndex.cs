namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

/// <summary>
/// An inverted index over a list of sparse vectors: for each term, the vectors that hold it and their weights.
/// It gives the cosine of one vector with every indexed vector at the cost of the shared terms only, instead of
/// one merge per pair; with a forum's thousands of profiles that is what keeps all-participants runs fast.
/// </summary>
internal sealed class TermIndex
{
    private readonly Dictionary<int, (int[] Docs, float[] Weights)> _postings;

    public int Count { get; }

    public TermIndex(IReadOnlyList<SparseVector> vectors)
    {
        Count = vectors.Count;
        var lists = new Dictionary<int, (List<int> Docs, List<float> Weights)>();
        for (var doc = 0; doc < vectors.Count; doc++)
        {
            var v = vectors[doc];
            for (var i = 0; i < v.Terms.Length; i++)
            {
                if (!lists.TryGetValue(v.Terms[i], out var list))
                {
                    lists[v.Terms[i]] = list = ([], []);
                }
                list.Docs.Add(doc);
                list.Weights.Add(v.Weights[i]);
            }
        }
        _postings = lists.ToDictionary(x => x.Key, x => (x.Value.Docs.ToArray(), x.Value.Weights.ToArray()));
    }

    /// <summary>
    /// The cosine of <paramref name="query"/> with each indexed vector, by position. Terms are visited in ascending
    /// order, so each sum adds the same products in the same order as <see cref="SparseVector.Cosine"/>: equal to the bit.
    /// </summary>
    public float[] Cosines(SparseVector query)
    {
        var sums = new float[Count];
        for (var i = 0; i < query.Terms.Length; i++)
        {
            if (_postings.TryGetValue(query.Terms[i], out var posting))
            {
                var w = query.Weights[i];
                for (var p = 0; p < posting.Docs.Length; p++)
                {
                    sums[posting.Docs[p]] += w * posting.Weights[p];
                }
            }
        }
        return sums;
    }
}
