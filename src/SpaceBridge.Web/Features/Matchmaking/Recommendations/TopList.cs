namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

/// <summary>Keeps the best <c>capacity</c> items by score; ties go to the lower id, so rankings are stable.</summary>
internal sealed class TopList<T>(int capacity)
{
    private readonly List<(double Score, int Id, T Item)> _items = new(capacity + 1);

    public void Offer(double score, int id, T item)
    {
        if (capacity <= 0 || (_items.Count == capacity && !Better(score, id, _items[^1])))
        {
            return;
        }
        var at = _items.FindIndex(x => Better(score, id, x));
        _items.Insert(at < 0 ? _items.Count : at, (score, id, item));
        if (_items.Count > capacity)
        {
            _items.RemoveAt(_items.Count - 1);
        }
    }

    public IReadOnlyList<(double Score, int Id, T Item)> Sorted() => _items;

    private static bool Better(double score, int id, (double Score, int Id, T Item) other) =>
        score > other.Score || (score == other.Score && id < other.Id);
}
