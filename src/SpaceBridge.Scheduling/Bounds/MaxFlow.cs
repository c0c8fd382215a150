namespace SpaceBridge.Scheduling.Bounds;

/// <summary>Dinic's maximum flow on an integer-capacity network; used only for bounds.</summary>
internal sealed class MaxFlow(int nodeCount)
{
    private readonly List<int>[] _edgesOf = [.. Enumerable.Range(0, nodeCount).Select(_ => new List<int>())];
    private readonly List<int> _to = [];
    private readonly List<long> _capacity = [];
    private int[] _level = [];
    private int[] _next = [];

    public void AddEdge(int from, int to, long capacity)
    {
        if (capacity <= 0) return;
        _edgesOf[from].Add(_to.Count); _to.Add(to); _capacity.Add(capacity);
        _edgesOf[to].Add(_to.Count); _to.Add(from); _capacity.Add(0);
    }

    public long Run(int source, int sink)
    {
        long total = 0;
        _level = new int[nodeCount];
        _next = new int[nodeCount];
        while (BuildLevels(source, sink))
        {
            Array.Clear(_next);
            long pushed;
            while ((pushed = Push(source, sink, long.MaxValue)) > 0) total += pushed;
        }
        return total;
    }

    private bool BuildLevels(int source, int sink)
    {
        Array.Fill(_level, -1);
        _level[source] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var e in _edgesOf[node])
                if (_capacity[e] > 0 && _level[_to[e]] < 0)
                {
                    _level[_to[e]] = _level[node] + 1;
                    queue.Enqueue(_to[e]);
                }
        }
        return _level[sink] >= 0;
    }

    // Iterative depth-first search for one augmenting path in the level graph.
    private long Push(int source, int sink, long limit)
    {
        var path = new Stack<int>();
        var node = source;
        while (true)
        {
            if (node == sink)
            {
                var amount = limit;
                foreach (var e in path) amount = Math.Min(amount, _capacity[e]);
                foreach (var e in path) { _capacity[e] -= amount; _capacity[e ^ 1] += amount; }
                return amount;
            }
            var edges = _edgesOf[node];
            var advanced = false;
            while (_next[node] < edges.Count)
            {
                var e = edges[_next[node]];
                if (_capacity[e] > 0 && _level[_to[e]] == _level[node] + 1)
                {
                    path.Push(e);
                    node = _to[e];
                    advanced = true;
                    break;
                }
                _next[node]++;
            }
            if (advanced) continue;
            if (node == source) return 0;
            _level[node] = -1; // dead end: prune it
            var back = path.Pop();
            node = _to[back ^ 1];
            _next[node]++;
        }
    }
}
