namespace SpaceBridge.Web.Benchmarks.Recommendations;

/// <summary>Mean precision@k, recall@k and reciprocal rank of the first relevant item within the top k.</summary>
public sealed class RankingQuality(int k)
{
    private double _precision, _recall, _reciprocalRank, _bestPrecision;

    public int Queries { get; private set; }
    public double Precision => _precision / Queries;
    public double Recall => _recall / Queries;
    public double Mrr => _reciprocalRank / Queries;
    /// <summary>What a perfect ranker would score: fewer than k relevant partners caps precision@k.</summary>
    public double BestPrecision => _bestPrecision / Queries;

    public void Add(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant)
    {
        var top = ranked.Take(k).ToList();
        var hits = top.Count(relevant.Contains);
        var first = top.FindIndex(relevant.Contains);
        _precision += (double)hits / k;
        _recall += (double)hits / relevant.Count;
        _reciprocalRank += first < 0 ? 0 : 1.0 / (first + 1);
        _bestPrecision += Math.Min(k, relevant.Count) / (double)k;
        Queries++;
    }
}
