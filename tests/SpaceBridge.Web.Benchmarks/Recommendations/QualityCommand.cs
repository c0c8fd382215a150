using System.Diagnostics;
using System.Globalization;

namespace SpaceBridge.Web.Benchmarks.Recommendations;

/// <summary>
/// <c>quality [--orgs N] [--seed S] [--k K]</c>: generates a labelled synthetic forum and prints precision@k,
/// recall@k and MRR@k of the engine and of the baselines, over every organization with at least one relevant partner.
/// </summary>
public static class QualityCommand
{
    public static int Run(string[] args)
    {
        var orgs = Option(args, "--orgs", 300);
        var seed = Option(args, "--seed", 1);
        var k = Option(args, "--k", 10);
        var forum = new SyntheticForumGenerator(seed).Generate(orgs);
        var truth = forum.Organizations.ToDictionary(o => o.OrganizationId, o => forum.RelevantPartnersOf(o.OrganizationId));
        var queries = truth.Where(t => t.Value.Count > 0).Select(t => t.Key).Order().ToList();

        Console.WriteLine(FormattableString.Invariant(
            $"synthetic forum: {orgs} organizations, {forum.Opportunities.Count} opportunities, seed {seed}; {queries.Count} with at least one relevant partner (mean {queries.Average(q => truth[q].Count):0.00} relevant each)"));
        Console.WriteLine($"{"ranker",-22} {"P@" + k,8} {"R@" + k,8} {"MRR@" + k,8} {"ms",8}");
        (string Name, Func<PartnerRankers.Ranker> Make)[] rankers =
        [
            ("engine", () => PartnerRankers.Engine(forum)),
            ("random", () => PartnerRankers.Random(forum, seed)),
            ("shared areas", () => PartnerRankers.SharedAreas(forum, seed)),
            ("area complementarity", () => PartnerRankers.AreaComplementarity(forum, seed)),
        ];
        RankingQuality? last = null;
        foreach (var (name, make) in rankers)
        {
            var clock = Stopwatch.StartNew();
            var ranker = make();
            var quality = new RankingQuality(k);
            foreach (var id in queries)
            {
                quality.Add(ranker(id, k), truth[id]);
            }
            Console.WriteLine(FormattableString.Invariant(
                $"{name,-22} {quality.Precision,8:0.000} {quality.Recall,8:0.000} {quality.Mrr,8:0.000} {clock.ElapsedMilliseconds,8}"));
            last = quality;
        }
        Console.WriteLine(FormattableString.Invariant($"{"best possible",-22} {last!.BestPrecision,8:0.000} {1.0,8:0.000} {1.0,8:0.000}"));
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
