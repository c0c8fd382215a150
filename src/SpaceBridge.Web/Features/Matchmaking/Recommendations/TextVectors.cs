using System.Globalization;
using System.Text;

namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

/// <summary>A sparse, L2-normalized TF-IDF vector: term ids in ascending order with their weights.</summary>
internal readonly record struct SparseVector(int[] Terms, float[] Weights)
{
    public static readonly SparseVector Empty = new([], []);

    /// <summary>Cosine of two normalized vectors: a merge of the two sorted term lists.</summary>
    public float Cosine(SparseVector other)
    {
        float sum = 0;
        int i = 0, j = 0;
        var (a, b) = (Terms, other.Terms);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { sum += Weights[i++] * other.Weights[j++]; }
            else if (a[i] < b[j]) { i++; }
            else { j++; }
        }
        return sum;
    }
}

/// <summary>Tokenizes English and Korean text and weights terms by TF-IDF over a fixed set of documents.</summary>
internal sealed class TextVectors
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "the", "of", "in", "on", "for", "to", "from", "with", "by", "at", "as", "is", "are", "it", "its",
        "we", "our", "they", "their", "this", "that", "be", "or", "who", "which", "will", "can", "into", "other",
    ];

    private readonly Dictionary<string, int> _ids = [];
    private readonly List<float> _idf = [];

    public TextVectors(IReadOnlyList<string[]> documents)
    {
        var df = new Dictionary<string, int>();
        foreach (var doc in documents)
        {
            foreach (var term in doc.Distinct())
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }
        foreach (var (term, count) in df)
        {
            _ids[term] = _idf.Count;
            _idf.Add((float)Math.Log((1.0 + documents.Count) / (1.0 + count)) + 1f);
        }
    }

    public static string[] Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                continue;
            }
            Flush();
        }
        Flush();
        return [.. tokens];

        void Flush()
        {
            if (current.Length > 1 && !StopWords.Contains(current.ToString()))
            {
                tokens.Add(current.ToString());
            }
            current.Clear();
        }
    }

    public SparseVector Vectorize(string[] tokens)
    {
        var counts = new Dictionary<int, int>();
        foreach (var token in tokens)
        {
            if (_ids.TryGetValue(token, out var id))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }
        if (counts.Count == 0)
        {
            return SparseVector.Empty;
        }
        var terms = counts.Keys.Order().ToArray();
        var weights = terms.Select(t => (float)(1 + Math.Log(counts[t])) * _idf[t]).ToArray();
        var norm = (float)Math.Sqrt(weights.Sum(w => w * w));
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= norm;
        }
        return new SparseVector(terms, weights);
    }
}
