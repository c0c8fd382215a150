using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// Local search over who takes the breaks. A probe names a small set of participants allowed breaks and a cap
/// on the total; everybody else must meet in one run of consecutive slots, which fixes their busy slots through
/// one start literal each, so a short clause-learning search either finds a complete schedule or refutes the
/// set, usually within a fraction of a second (an open choice among many participants stalls instead). From the
/// incumbent's participants with breaks the search tries, in order: dropping one of them with the total one
/// lower; when one break may be enough, each participant alone (with more time: such a probe settles the question
/// for its participant, and a schedule from it is optimal); and swapping one of them for an outsider at the same
/// total, to move across plateaus (sets already visited are skipped). Every schedule found is offered to
/// the shared incumbent; moves are regenerated whenever it changes. One thread per worker.
/// </summary>
internal sealed class BreakerSearch
{
    private const string Parameters = "linearization_level:0 stop_after_first_solution:true";
    private const int SwapCandidates = 24;
    /// <summary>
    /// A participant alone gets this many times the probe limit: on the crafc days the probes that find the one-break
    /// optimum take 1-2 s where most others settle within a fifth of a second.
    /// </summary>
    private const double SolePatience = 2;

    private readonly Instance instance;
    private readonly SlotDomains domains;
    private readonly Incumbent incumbent;
    private readonly bool[] spans;
    private readonly bool[] likely;
    /// <summary>Per participant, the participants it meets.</summary>
    private readonly int[][] partners;
    private readonly HashSet<string> visited = [];
    /// <summary>Moves proven to have no schedule, by key.</summary>
    private readonly HashSet<string> refuted = [];
    /// <summary>Participants alone whose probe ran out of its time, by key: tried after the others next time.</summary>
    private readonly HashSet<string> timedOut = [];
    private readonly Lock gate = new();

    /// <param name="likely">Participants a relaxation names as taking breaks: tried first as newcomers and dropped last.</param>
    public BreakerSearch(Instance instance, SlotDomains domains, Incumbent incumbent, IReadOnlyList<int> likely)
    {
        this.likely = new bool[instance.Participants.Count];
        foreach (var p in likely) this.likely[p] = true;
        this.instance = instance;
        this.domains = domains;
        this.incumbent = incumbent;
        partners = Enumerable.Range(0, instance.Participants.Count)
            .Select(p => domains.MeetingsOf[p].SelectMany(m => instance.Meetings[m].Participants).Where(q => q != p).Distinct().ToArray())
            .ToArray();
        spans = Enumerable.Range(0, instance.Participants.Count).Select(p => ContiguousRuns.SpansBlocks(domains, p)).ToArray();
    }

    /// <summary>A set of participants allowed breaks, and the cap on the total.</summary>
    private sealed record Move(int[] Breakers, int Cap, bool Sole = false)
    {
        public string Key => $"{string.Join(',', Breakers.Order())}/{Cap}";
    }

    /// <returns>The lower bound, raised to 2 when every participant alone was refuted as the only one with a break.</returns>
    /// <param name="swaps">Whether to try swaps once drops fail; without them the search ends at the first set it cannot shrink.</param>
    public int Run(int lowerBound, TimeSpan budget, TimeSpan probeLimit, int workers, int seed, CancellationToken cancellationToken,
        bool swaps = true)
    {
        var deadline = DateTime.UtcNow + budget;
        var threads = Math.Max(1, workers);
        Queue<Move>? moves = null;
        var movesFor = -1;
        var version = 0;
        var epoch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var epochs = new List<CancellationTokenSource> { epoch };
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, w =>
        {
            var random = new Random(seed * 104729 + w);
            while (!cancellationToken.IsCancellationRequested)
            {
                var left = deadline - DateTime.UtcNow;
                if (left < TimeSpan.FromMilliseconds(50)) return;
                Move move;
                int?[] slots;
                int breaks;
                CancellationToken current;
                lock (gate)
                {
                    current = epoch.Token;
                    (slots, breaks) = incumbent.Snapshot();
                    if (breaks <= lowerBound) return;
                    if (moves is null || movesFor != version)
                    {
                        moves = Generate(slots, lowerBound, random, swaps);
                        movesFor = version;
                    }
                    do
                    {
                        if (!moves.TryDequeue(out move!)) return;
                    }
                    while (refuted.Contains(move.Key));
                }
                // Sets with more breakers leave the search more freedom and take longer to settle.
                var limit = move.Sole ? probeLimit * SolePatience : probeLimit * Math.Clamp(move.Breakers.Length / 6.0, 0.6, 2.0);
                var (status, outcome) = Probe(move, slots, left < limit ? left : limit, random.Next(1, int.MaxValue), current);
                if (status == CpSolverStatus.Infeasible)
                    lock (gate) refuted.Add(move.Key);
                else if (status == CpSolverStatus.Unknown && move.Sole && limit <= left && !current.IsCancellationRequested)
                    lock (gate) timedOut.Add(move.Key);
                if (outcome is null) continue;
                var found = BreakCounter.PerParticipant(instance, outcome);
                var key = Key(found);
                lock (gate)
                {
                    if (found.Sum() > incumbent.Breaks || !visited.Add(key)) continue;
                    incumbent.Offer(outcome);
                    version++;
                    // Probes still running start from the old incumbent: stop them.
                    epoch.Cancel();
                    epoch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    epochs.Add(epoch);
                }
            }
        });
        foreach (var source in epochs) source.Dispose();
        var candidates = Enumerable.Range(0, instance.Participants.Count).Where(p => domains.MeetingsOf[p].Length > 1);
        return lowerBound <= 1 && candidates.All(p => refuted.Contains(new Move([p], 1, Sole: true).Key)) ? 2 : lowerBound;
    }

    private (CpSolverStatus, int?[]?) Probe(Move move, int?[] hint, TimeSpan limit, int seed, CancellationToken cancellationToken)
    {
        var caps = new int[instance.Participants.Count];
        foreach (var p in move.Breakers) caps[p] = 1;
        var model = new ScheduleModel(instance, domains, breaksCap: move.Cap, breakSymmetry: false, participantCaps: caps);
        model.Hint(hint);
        var outcome = CpSatRun.Execute(model, 1, seed, limit, Parameters, null, cancellationToken);
        return (outcome.Status, outcome.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? outcome.Slots : null);
    }

    private Queue<Move> Generate(int?[] slots, int lowerBound, Random random, bool withSwaps)
    {
        var breaks = BreakCounter.PerParticipant(instance, slots);
        var total = breaks.Sum();
        visited.Add(Key(breaks));
        var breakers = Enumerable.Range(0, breaks.Length).Where(p => breaks[p] > 0)
            .OrderBy(p => likely[p]).ThenByDescending(p => breaks[p]).ThenBy(_ => random.Next()).ToArray();
        var queue = new Queue<Move>();
        var soles = lowerBound <= 1 && total > 1
            ? breakers.Concat(Outsiders(breakers, random, instance.Participants.Count)).Select(y => new Move([y], 1, Sole: true)).ToList()
            : [];
        // The incumbent's participants with breaks and those spanning both blocks alone first (those whose probe ran out
        // of time before last), then dropping one participant with breaks, then the remaining participants alone.
        var firstSoles = soles.Where(m => breaks[m.Breakers[0]] > 0 || spans[m.Breakers[0]]).OrderBy(m => timedOut.Contains(m.Key)).ToList();
        foreach (var move in firstSoles) queue.Enqueue(move);
        // Far above the bound, drop several at once (two different random picks, one per thread).
        var excess = breakers.Length - Math.Max(1, lowerBound);
        if (excess >= 3)
            for (var i = 0; i < 2; i++)
            {
                var kept = breakers.OrderBy(p => likely[p]).ThenBy(_ => random.Next()).Skip(excess / 2).ToArray();
                queue.Enqueue(new Move(kept, kept.Length));
            }
        foreach (var x in breakers)
            if (breakers.Length - 1 >= Math.Max(1, lowerBound))
                queue.Enqueue(new Move(breakers.Where(p => p != x).ToArray(), breakers.Length - 1));
        foreach (var move in soles.Except(firstSoles)) queue.Enqueue(move);
        if (!withSwaps) return queue;
        var swaps = new List<Move>();
        foreach (var x in breakers)
            foreach (var y in Outsiders(breakers, random, SwapCandidates))
                swaps.Add(new Move(breakers.Where(p => p != x).Append(y).ToArray(), breakers.Length));
        foreach (var swap in swaps.OrderBy(_ => random.Next())) queue.Enqueue(swap);
        return queue;
    }

    /// <summary>
    /// Participants outside <paramref name="breakers"/> who could take a break instead: those the relaxation names, then
    /// those sharing the most partners with the breakers (a break there relieves the same contested meetings), then
    /// those spanning both blocks, then those with fewer meetings.
    /// </summary>
    private IEnumerable<int> Outsiders(int[] breakers, Random random, int count)
    {
        var near = new HashSet<int>(breakers.SelectMany(x => partners[x]));
        return Enumerable.Range(0, instance.Participants.Count)
            .Where(p => domains.MeetingsOf[p].Length > 1 && !breakers.Contains(p))
            .OrderByDescending(p => likely[p])
            .ThenByDescending(p => partners[p].Count(near.Contains))
            .ThenByDescending(p => spans[p])
            .ThenBy(p => domains.MeetingsOf[p].Length + random.NextDouble() * 3)
            .Take(count);
    }

    private static string Key(int[] breaks) =>
        string.Join(',', Enumerable.Range(0, breaks.Length).Where(p => breaks[p] > 0).Select(p => $"{p}:{breaks[p]}"));
}
