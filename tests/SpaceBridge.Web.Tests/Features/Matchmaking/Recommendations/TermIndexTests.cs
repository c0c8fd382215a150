using SpaceBridge.Web.Features.Matchmaking.Recommendations;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Recommendations;

public sealed class TermIndexTests
{
    [Fact]
    public void Cosines_from_the_index_equal_the_pairwise_cosines_to_the_bit()
    {
        var random = new Random(3);
        string[] words = ["radar", "debris", "tracking", "launch", "rideshare", "antenna", "downlink", "imagery", "flood", "investment",
            "위성", "지상국", "데이터", "orbit", "station", "lunar", "rover", "spectrum", "licence", "cubesat"];
        var docs = Enumerable.Range(0, 60)
            .Select(_ => TextVectors.Tokenize(string.Join(" ", Enumerable.Range(0, random.Next(0, 12)).Select(_ => words[random.Next(words.Length)]))))
            .ToList();
        var vocabulary = new TextVectors(docs);
        var vectors = docs.Select(vocabulary.Vectorize).ToList();
        var index = new TermIndex(vectors);

        foreach (var query in vectors)
        {
            var cosines = index.Cosines(query);
            Assert.Equal(vectors.Select(query.Cosine), cosines);
        }
        Assert.Contains(vectors, v => v.Terms.Length == 0);
    }
}
