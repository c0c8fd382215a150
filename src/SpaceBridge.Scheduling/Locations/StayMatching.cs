namespace SpaceBridge.Scheduling.Locations;

/// <summary>
/// One slot's choice of tables for its free meetings: a maximum-weight matching of meetings to tables with room, the
/// weight of a meeting at a table being how many of its participants sat there at their previous meeting (they stay).
/// Solved exactly as a min-cost flow (each meeting sends one unit, through a table or straight to the sink at cost 0)
/// by successive shortest paths: meetings are added one at a time and each sends its unit along a shortest path in the
/// residual graph (Dijkstra on reduced costs, potentials kept non-negative, the search stopping once the sink is
/// settled), which keeps the flow of minimum cost after every step. Only tables some participant of the slot sat at
/// are nodes, so a slot's graph has at most as many edges as participants.
/// </summary>
internal sealed class StayMatching
{
    // Meeting nodes 0..k-1, table nodes k..k+q-1, the sink k+q.
    private readonly List<int> _meetings = [];
    private readonly List<int> _edgeStart = [];
    private readonly List<int> _edgeTable = [];
    private readonly List<int> _edgeWeight = [];
    private readonly List<int> _tables = [];
    private readonly List<int> _room = [];
    private readonly List<List<int>> _occupants = [];
    private readonly int[] _tableNode;
    private readonly int[] _tableStamp;
    private int _stamp;
    private int[] _assigned = [];
    private long[] _potential = [];
    private long[] _distance = [];
    private int[] _parent = [];
    private int[] _parentEdge = [];
    private int[] _seen = [];
    private int _search;
    private readonly List<int> _settled = [];
    private readonly PriorityQueue<int, long> _queue = new();

    public StayMatching(int locationCount)
    {
        _tableNode = new int[locationCount];
        _tableStamp = new int[locationCount];
    }

    /// <summary>The weight of the last <see cref="Solve"/>'s matching.</summary>
    public int Weight { get; private set; }

    /// <summary>
    /// Matches meetings to tables with the most weight. Writes the table of each matched meeting into
    /// <paramref name="result"/> and counts it in <paramref name="used"/>; the others are left as they are.
    /// </summary>
    /// <param name="floating">The slot's meetings that still need a place.</param>
    /// <param name="wishes">Per meeting, tables (each once) and the weight of seating it there (edges of weight 0 or less are left out).</param>
    public void Solve(IReadOnlyList<int> floating, Func<int, IEnumerable<(int Table, int Weight)>> wishes, int[] used, int[] capacity, int?[] result)
    {
        Reset();
        foreach (var m in floating)
        {
            var first = _edgeTable.Count;
            foreach (var (table, weight) in wishes(m))
            {
                if (weight <= 0 || used[table] >= capacity[table]) continue;
                _edgeTable.Add(NodeOf(table, capacity[table] - used[table]));
                _edgeWeight.Add(weight);
            }
            if (_edgeTable.Count == first) continue;
            _meetings.Add(m);
            _edgeStart.Add(first);
        }
        _edgeStart.Add(_edgeTable.Count);
        var k = _meetings.Count;
        if (k == 0) return;
        var q = _tables.Count;
        var sink = k + q;
        Prepare(k + q + 1);
        for (var i = 0; i < k; i++)
        {
            // A new node has no residual edge coming in: any potential that keeps its own edges non-negative will do.
            var potential = _potential[sink];
            for (var e = _edgeStart[i]; e < _edgeStart[i + 1]; e++)
                potential = Math.Max(potential, _potential[k + _edgeTable[e]] + _edgeWeight[e]);
            _potential[i] = potential;
            ShortestPath(i, k, sink);
            Augment(i, k, sink);
        }
        for (var i = 0; i < k; i++)
        {
            if (_assigned[i] < 0) continue;
            var table = _tables[_edgeTable[_assigned[i]]];
            result[_meetings[i]] = table;
            used[table]++;
            Weight += _edgeWeight[_assigned[i]];
        }
    }

    private void Reset()
    {
        _meetings.Clear();
        _edgeStart.Clear();
        _edgeTable.Clear();
        _edgeWeight.Clear();
        _tables.Clear();
        _room.Clear();
        Weight = 0;
        _stamp++;
    }

    private int NodeOf(int table, int room)
    {
        if (_tableStamp[table] == _stamp) return _tableNode[table];
        _tableStamp[table] = _stamp;
        _tableNode[table] = _tables.Count;
        _tables.Add(table);
        _room.Add(room);
        if (_occupants.Count < _tables.Count) _occupants.Add([]);
        _occupants[_tables.Count - 1].Clear();
        return _tables.Count - 1;
    }

    private void Prepare(int nodes)
    {
        if (_potential.Length < nodes)
        {
            var size = Math.Max(nodes, _potential.Length * 2);
            _potential = new long[size];
            _distance = new long[size];
            _parent = new int[size];
            _parentEdge = new int[size];
            _seen = new int[size];
            _search = 0;
        }
        Array.Clear(_potential, 0, nodes);
        Array.Clear(_seen, 0, nodes);
        _search = 0;
        if (_assigned.Length < _meetings.Count) _assigned = new int[Math.Max(_meetings.Count, _assigned.Length * 2)];
        Array.Fill(_assigned, -1, 0, _meetings.Count);
    }

    // _seen[v] == _search: reached in this search; == -_search: settled.
    private void ShortestPath(int source, int k, int sink)
    {
        _search++;
        _settled.Clear();
        _queue.Clear();
        Relax(source, 0, -1, -1);
        while (_queue.TryDequeue(out var u, out var d))
        {
            if (_seen[u] == -_search || d > _distance[u]) continue;
            _seen[u] = -_search;
            _settled.Add(u);
            if (u == sink) break;
            if (u < k)
            {
                for (var e = _edgeStart[u]; e < _edgeStart[u + 1]; e++)
                {
                    if (_assigned[u] == e) continue;
                    var t = k + _edgeTable[e];
                    Relax(t, d - _edgeWeight[e] + _potential[u] - _potential[t], u, e);
                }
                // The meeting leaves its table (or never takes one): no stay, cost 0.
                Relax(sink, d + _potential[u] - _potential[sink], u, -1);
            }
            else
            {
                var j = u - k;
                if (_occupants[j].Count < _room[j])
                    Relax(sink, d + _potential[u] - _potential[sink], u, -1);
                foreach (var i in _occupants[j])
                {
                    var e = _assigned[i];
                    Relax(i, d + _edgeWeight[e] + _potential[u] - _potential[i], u, e);
                }
            }
        }
        // Potentials: settled nodes move by their distance minus the sink's, so every residual edge keeps a
        // non-negative reduced cost and those on the path become 0.
        var total = _distance[sink];
        foreach (var v in _settled)
            _potential[v] += _distance[v] - total;
    }

    private void Relax(int v, long d, int parent, int edge)
    {
        if (_seen[v] == -_search || (_seen[v] == _search && _distance[v] <= d)) return;
        _seen[v] = _search;
        _distance[v] = d;
        _parent[v] = parent;
        _parentEdge[v] = edge;
        _queue.Enqueue(v, d);
    }

    private void Augment(int source, int k, int sink)
    {
        var v = sink;
        while (v != source)
        {
            var u = _parent[v];
            if (u < k && v == sink) _assigned[u] = -1; // leaves its table: removed from it at the step before
            else if (u < k) { _assigned[u] = _parentEdge[v]; _occupants[v - k].Add(u); }
            else if (v != sink) _occupants[u - k].Remove(v);
            v = u;
        }
    }
}
