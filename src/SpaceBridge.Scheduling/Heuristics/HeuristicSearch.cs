using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>What one search worker found.</summary>
internal sealed record SearchOutcome(int Worker, int[] Slots, long Weight, long Cost, int TotalBreaks)
{
    /// <summary>Scheduled weight in the solvers' order (tiers first); what the best outcome is chosen by.</summary>
    public long Priority { get; init; }
}

/// <summary>
/// One seeded search: greedy construction by weight and tightness, ejection-chain insertion
/// rounds until no weight is gained, sideways (equal-weight) rounds to escape plateaus, then
/// break reduction by annealing, and a last insertion round on the compacted schedule.
/// </summary>
/// <param name="untilDeadline">Go on until the time limit while the gap is open (<see cref="Continue"/>): only when every
/// meeting is required, never in deterministic mode, where only the seeded iteration counts may decide the result.</param>
/// <param name="breaksFloor">The proven lower bound on breaks of the whole instance.</param>
/// <param name="gapClosed">Called when this search closes the gap, to end the other workers' searches.</param>
internal sealed class HeuristicSearch(ProblemIndex problem, int worker, int seed, Deadline deadline, Action<string, ScheduleState>? report,
    bool untilDeadline = false, int breaksFloor = 0, Action? gapClosed = null)
{
    private const int ChainDepth = 1;
    private const int SidewaysRounds = 6;
    private const long WalkIterations = 2_000_000;

    private readonly Random _random = new(seed);
    private readonly ScheduleState _state = new(problem);
    private readonly int[] _insertedAt = new int[problem.MeetingCount];
    private int _clock;

    public SearchOutcome Run(long annealingIterations)
    {
        var inserter = new MeetingInserter(_state, _random);
        Construct(inserter);
        report?.Invoke("construction", _state);
        ImproveWeight(inserter, allowEqual: false);
        report?.Invoke("insertion", _state);
        // Sideways rounds stop at 60% of the limit so that breaks get time too.
        for (var round = 0; round < SidewaysRounds && _state.ScheduledCount < problem.MeetingCount && !deadline.PastShare(0.6); round++)
        {
            var before = _state.Priority;
            ImproveWeight(inserter, allowEqual: true, maxRounds: 1);
            ImproveWeight(inserter, allowEqual: false);
            report?.Invoke("sideways", _state);
            if (_state.Priority == before && round >= 2)
                break;
        }
        if (problem.Instance.Rules.RequireAllMeetings && _state.ScheduledCount < problem.MeetingCount && !deadline.Expired)
            new PlacementWalk(_state, inserter, _random).Run(WalkIterations, deadline);
        report?.Invoke("insertion", _state);
        if (!deadline.Expired)
        {
            new BreakImprover(_state, _random).Run(annealingIterations, deadline, 1.5 * ScheduleState.BreakCost, 0.02 * ScheduleState.BreakCost);
            report?.Invoke("breaks", _state);
            ImproveWeight(inserter, allowEqual: false, maxRounds: 1);
        }
        if (untilDeadline)
        {
            Continue(inserter, annealingIterations);
            if (!GapOpen) gapClosed?.Invoke();
        }
        return new SearchOutcome(worker, (int[])_state.SlotOf.Clone(), _state.Weight, _state.Cost, _state.TotalBreaks) { Priority = _state.Priority };
    }

    /// <summary>
    /// With the wall clock, the search does not stop before its time limit while the gap is open: rounds of placement
    /// (when required meetings are out) and annealing reheated from the best schedule so far, each with twice the
    /// iterations of the one before, until every required meeting is placed with no more breaks than the proven bound,
    /// or the time is up. A round that makes things worse is undone, so the result is never worse than the first pass's.
    /// </summary>
    private void Continue(MeetingInserter inserter, long annealingIterations)
    {
        var iterations = Math.Max(annealingIterations, 1);
        while (!deadline.Expired && GapOpen)
        {
            var best = (int[])_state.SlotOf.Clone();
            var (bestPriority, bestCost) = (_state.Priority, _state.Cost);
            if (_state.ScheduledCount < problem.MeetingCount)
                new PlacementWalk(_state, inserter, _random).Run(WalkIterations, deadline);
            ImproveWeight(inserter, allowEqual: false, maxRounds: 1);
            // Each round cools twice as slowly as the one before: on large instances a longer schedule is what finds fewer breaks.
            iterations = Math.Min(2 * iterations, long.MaxValue / 4);
            new BreakImprover(_state, _random).Run(iterations, deadline, 1.5 * ScheduleState.BreakCost, 0.02 * ScheduleState.BreakCost);
            ImproveWeight(inserter, allowEqual: false, maxRounds: 1);
            if (_state.Priority < bestPriority || (_state.Priority == bestPriority && _state.Cost > bestCost))
                _state.LoadSlots(best);
            report?.Invoke("breaks", _state);
        }
    }

    private bool GapOpen => _state.ScheduledCount < Schedulable || _state.TotalBreaks > breaksFloor;

    /// <summary>Meetings with at least one usable slot: the most any schedule can place.</summary>
    private int Schedulable => _schedulable ??= Enumerable.Range(0, problem.MeetingCount).Count(m => SlotBits.Count(problem.AllowedOf(m)) > 0);
    private int? _schedulable;

    private void Construct(MeetingInserter inserter)
    {
        var keys = new double[problem.MeetingCount];
        var order = new int[problem.MeetingCount];
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            order[m] = m;
            var freedom = SlotBits.Count(problem.AllowedOf(m));
            // Pinned first, then by tier (must-meet before meet before optional), heavier, then the ones with fewer
            // usable slots; noise breaks ties per seed.
            keys[m] = (problem.SlotPinned[m] ? -1e12 : 0) - (3 - (int)MeetingPriority.Tier(problem.Instance.Meetings[m])) * 1e10
                - problem.Weight[m] * 1e6 + freedom * 100 + _random.NextDouble();
        }
        Array.Sort(keys, order);
        for (var i = 0; i < order.Length; i++)
        {
            if ((i & 255) == 0 && deadline.Expired)
                return;
            inserter.TryDirect(order[i]);
            inserter.Commit();
        }
    }

    private void ImproveWeight(MeetingInserter inserter, bool allowEqual, int maxRounds = int.MaxValue)
    {
        const int tenure = 50;
        inserter.Policy = allowEqual
            ? new MovePolicy(_ => true, m => _clock - _insertedAt[m] > tenure)
            : MovePolicy.Free;
        for (var round = 0; round < maxRounds && !deadline.Expired; round++)
        {
            var gained = false;
            foreach (var meeting in UnscheduledByWeight())
            {
                if (deadline.Expired)
                    break;
                if (_state.SlotOf[meeting] >= 0)
                    continue;
                var before = _state.Priority;
                _clock++;
                if (inserter.TryInsert(meeting, ChainDepth, allowEqual))
                {
                    _insertedAt[meeting] = _clock;
                    gained |= _state.Priority > before;
                }
                inserter.Commit();
            }
            if (!gained)
                break;
        }
        inserter.Policy = MovePolicy.Free;
    }

    private List<int> UnscheduledByWeight()
    {
        var list = new List<(long Priority, int Noise, int Meeting)>();
        for (var m = 0; m < problem.MeetingCount; m++)
            if (_state.SlotOf[m] < 0 && SlotBits.Count(problem.AllowedOf(m)) > 0)
                list.Add((-problem.Priority[m], _random.Next(), m));
        list.Sort();
        return list.ConvertAll(x => x.Meeting);
    }
}
