using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// The CP-SAT model of the meeting-scheduling problem: one literal per meeting and allowed
/// slot, tables as a per-slot capacity (concrete tables are assigned afterwards), exact break
/// counting per participant and block, the fairness spread, precedences, and the implied
/// constraints of Bofill et al. (JAIR 2022): per-participant busy slots summing to its meeting
/// count, run lower bounds from availability, and time-reversal symmetry breaking per block; and, on request, for
/// participants capped at one break, one span of slots with at most one gap.
/// </summary>
internal sealed partial class ScheduleModel
{
    private readonly List<(BoolVar Var, int Participant, int Slot)> busyVars = [];
    private readonly List<(BoolVar Var, int Participant, int Slot)> startVars = [];
    private readonly List<(BoolVar Var, int Participant, int Window)> presenceVars = [];
    /// <summary>Per participant: its no-break literal (slot -1) and its first-slot literals.</summary>
    private readonly List<(BoolVar Var, int Participant, int Slot)> contiguityVars = [];
    private readonly List<(BoolVar Var, int Meeting)> scheduledVars = [];
    private readonly List<(IntVar Var, int Participant)> breakVars = [];
    private readonly int? breaksCap;
    private readonly IReadOnlyList<int>? participantCaps;
    private readonly bool breakEndObjective;
    private readonly bool oneGapSpans;
    private IntVar? maxBreaks;
    private IntVar? minBreaks;

    public CpModel Model { get; } = new();
    public Instance Instance { get; }
    public SlotDomains Domains { get; }
    public IReadOnlyList<BreakWindow> Windows { get; }
    /// <summary>Per meeting, one literal per slot of <see cref="SlotDomains.AllowedSlots"/>.</summary>
    public BoolVar[][] Place { get; }
    public LinearExpr TotalBreaks { get; private set; } = LinearExpr.Constant(0);
    public LinearExpr UnscheduledWeight { get; private set; } = LinearExpr.Constant(0);
    /// <summary>Multiplier that makes one unit of unscheduled weight outweigh every break.</summary>
    public long WeightFactor { get; private set; } = 1;
    public bool RequireAll => Instance.Rules.RequireAllMeetings;
    /// <summary>Per participant with a contiguity literal: the literal that says it has no break.</summary>
    public IEnumerable<(BoolVar Literal, int Participant)> NoBreakLiterals =>
        contiguityVars.Where(v => v.Slot < 0).Select(v => (v.Var, v.Participant));

    /// <param name="breaksCap">An optional upper bound on total breaks, for feasibility probes.</param>
    /// <param name="breakSymmetry">Adds time-reversal symmetry breaking; off for sub-problems whose fixed part is not symmetric.</param>
    /// <param name="participantCaps">Optional upper bounds on each participant's breaks, for feasibility probes.</param>
    /// <param name="breakEndObjective">Counts the breaks as one literal per slot where a break ends (<see cref="AddBreakEnds"/>).</param>
    /// <param name="oneGapSpans">States the slots of each participant capped at one break as one span with at most one gap (<see cref="AddOneGap"/>).</param>
    public ScheduleModel(Instance instance, SlotDomains domains, int? breaksCap = null, bool breakSymmetry = true,
        IReadOnlyList<int>? participantCaps = null, bool breakEndObjective = false, bool oneGapSpans = false)
    {
        this.oneGapSpans = oneGapSpans;
        this.breaksCap = breaksCap;
        this.breakEndObjective = breakEndObjective;
        this.participantCaps = participantCaps;
        Instance = instance;
        Domains = domains;
        Windows = BreakWindow.Of(instance);
        Place = new BoolVar[instance.Meetings.Count][];
        for (var m = 0; m < Place.Length; m++)
            Place[m] = domains.AllowedSlots[m].Select(s => Model.NewBoolVar($"x{m}_{s}")).ToArray();
        AddPlacement();
        AddCapacity();
        AddInterpreterCapacity();
        var busy = AddBusy();
        AddBreaks(busy);
        if (RequireAll) AddContiguity(busy);
        AddPrecedences();
        if (breakSymmetry) AddReversalSymmetryBreaking();
        if (RequireAll) Model.Minimize(TotalBreaks);
        else Model.Minimize(UnscheduledPriority() + TotalBreaks);
    }

    /// <summary>
    /// Unscheduled requests by tier (locked, must-meet, meet, optional; <see cref="MeetingPriority"/>), each tier's weight
    /// outweighing all tiers after it and every break.
    /// </summary>
    private LinearExpr UnscheduledPriority()
    {
        var effective = MeetingPriority.Effective(Instance, WeightFactor);
        return LinearExpr.Sum(scheduledVars.Select(v => LinearExpr.Affine(v.Var, -effective[v.Meeting], effective[v.Meeting])));
    }

    private void AddPlacement()
    {
        var unscheduled = new List<LinearExpr>();
        for (var m = 0; m < Place.Length; m++)
        {
            if (RequireAll)
            {
                Model.AddExactlyOne(Place[m]);
                continue;
            }
            var scheduled = Model.NewBoolVar($"sched{m}");
            Model.Add(LinearExpr.Sum(Place[m]) == scheduled);
            scheduledVars.Add((scheduled, m));
            unscheduled.Add(LinearExpr.Affine(scheduled, -Instance.Meetings[m].Weight, Instance.Meetings[m].Weight));
        }
        UnscheduledWeight = LinearExpr.Sum(unscheduled);
    }

    private void AddCapacity()
    {
        var totalCapacity = Instance.Locations.Sum(l => l.Capacity);
        var perSlot = new List<ILiteral>[Domains.SlotCount];
        var pinned = new Dictionary<(int Location, int Slot), List<ILiteral>>();
        for (var s = 0; s < perSlot.Length; s++) perSlot[s] = [];
        for (var m = 0; m < Place.Length; m++)
        {
            var location = Instance.Meetings[m].PinnedLocation;
            for (var i = 0; i < Place[m].Length; i++)
            {
                var slot = Domains.AllowedSlots[m][i];
                perSlot[slot].Add(Place[m][i]);
                if (location is not { } l) continue;
                if (!pinned.TryGetValue((l, slot), out var list)) pinned[(l, slot)] = list = [];
                list.Add(Place[m][i]);
            }
        }
        foreach (var lits in perSlot.Where(l => l.Count > totalCapacity))
            Model.Add(LinearExpr.Sum(lits) <= totalCapacity);
        foreach (var ((location, _), lits) in pinned)
            if (lits.Count > Instance.Locations[location].Capacity)
                Model.Add(LinearExpr.Sum(lits) <= Instance.Locations[location].Capacity);
    }

    /// <summary>Per slot and language pair: no more meetings needing an interpreter of the pair than interpreters free.</summary>
    private void AddInterpreterCapacity()
    {
        if (Instance.Interpreters.Count == 0) return;
        var perPoolSlot = new Dictionary<(int Pool, int Slot), List<ILiteral>>();
        for (var m = 0; m < Place.Length; m++)
        {
            var pool = Domains.InterpreterPool[m];
            if (pool < 0) continue;
            for (var i = 0; i < Place[m].Length; i++)
            {
                var key = (pool, Domains.AllowedSlots[m][i]);
                if (!perPoolSlot.TryGetValue(key, out var list)) perPoolSlot[key] = list = [];
                list.Add(Place[m][i]);
            }
        }
        foreach (var ((pool, slot), lits) in perPoolSlot)
            if (lits.Count > Instance.Interpreters[pool].AvailableIn(slot))
                Model.Add(LinearExpr.Sum(lits) <= Instance.Interpreters[pool].AvailableIn(slot));
    }

    /// <summary>busy[p][s]: participant p meets in slot s; null where no meeting of p can be.</summary>
    private ILiteral?[][] AddBusy()
    {
        var busy = new ILiteral?[Instance.Participants.Count][];
        for (var p = 0; p < busy.Length; p++)
        {
            busy[p] = new ILiteral?[Domains.SlotCount];
            var lits = new List<ILiteral>[Domains.SlotCount];
            for (var s = 0; s < lits.Length; s++) lits[s] = [];
            foreach (var m in Domains.MeetingsOf[p])
                for (var i = 0; i < Place[m].Length; i++) lits[Domains.AllowedSlots[m][i]].Add(Place[m][i]);
            for (var s = 0; s < lits.Length; s++)
            {
                if (lits[s].Count == 0) continue;
                if (lits[s].Count == 1) { busy[p][s] = lits[s][0]; continue; }
                var b = Model.NewBoolVar($"busy{p}_{s}");
                Model.Add(LinearExpr.Sum(lits[s]) == b);
                busyVars.Add((b, p, s));
                busy[p][s] = b;
            }
            // Implied: the busy slots of a participant add up to its meeting count.
            var all = busy[p].Where(l => l is not null).Select(l => l!).ToList();
            if (RequireAll && all.Count > 0) Model.Add(LinearExpr.Sum(all) == Domains.MeetingsOf[p].Length);
        }
        AddBusyCapacity(busy);
        return busy;
    }

    /// <summary>
    /// Implied: a slot holds at most as many meetings as there are places, so at most places times the largest
    /// meeting size participants are busy in it (exactly twice the tables for the literature's pairs). Stated on
    /// the busy literals, which the contiguity literals decide, it lets clause learning see table shortage as a
    /// conflict between participants' runs of slots; without it the zero-break probe misses tic-14crafc for minutes.
    /// </summary>
    private void AddBusyCapacity(ILiteral?[][] busy)
    {
        var places = Instance.Locations.Sum(l => (long)l.Capacity);
        var largest = Instance.Meetings.Count == 0 ? 0 : Instance.Meetings.Max(m => m.Participants.Distinct().Count());
        var cap = places * largest;
        for (var s = 0; s < Domains.SlotCount; s++)
        {
            var lits = busy.Select(b => b[s]).Where(l => l is not null).Select(l => l!).ToList();
            if (lits.Count > cap) Model.Add(LinearExpr.Sum(lits) <= cap);
        }
    }

    private void AddBreaks(ILiteral?[][] busy)
    {
        var total = new List<LinearExpr>();
        long totalUpper = 0;
        var spread = Instance.Rules.MaxBreakSpread;
        if (spread is not null)
        {
            maxBreaks = Model.NewIntVar(0, Domains.SlotCount, "maxBreaks");
            minBreaks = Model.NewIntVar(0, Domains.SlotCount, "minBreaks");
            Model.Add(maxBreaks - minBreaks <= spread.Value);
        }
        for (var p = 0; p < busy.Length; p++)
        {
            var perBlock = new List<LinearExpr>();
            long upper = 0;
            for (var w = 0; w < Windows.Count; w++)
            {
                var (expr, blockUpper) = WindowBreaks(p, w, busy[p]);
                if (expr is null) continue;
                perBlock.Add(expr);
                upper += blockUpper;
            }
            totalUpper += upper;
            if (perBlock.Count == 0)
            {
                if (minBreaks is not null) Model.Add(minBreaks <= 0);
                continue;
            }
            var breaks = Model.NewIntVar(0, Math.Min(upper, participantCaps?[p] ?? upper), $"breaks{p}");
            Model.Add(LinearExpr.Sum(perBlock) == breaks);
            breakVars.Add((breaks, p));
            total.Add(breaks);
            if (maxBreaks is not null) { Model.Add(maxBreaks >= breaks); Model.Add(minBreaks! <= breaks); }
        }
        TotalBreaks = breakEndObjective ? LinearExpr.Sum(breakEnds) : LinearExpr.Sum(total);
        if (breaksCap is { } cap) Model.Add(TotalBreaks <= cap);
        WeightFactor = totalUpper + 1;
    }

    /// <summary>
    /// breaks(p, window) = runs - present, where a run starts at a busy slot whose predecessor
    /// is idle, and present says the participant meets at all in the window.
    /// </summary>
    private (LinearExpr? Breaks, long Upper) WindowBreaks(int p, int w, ILiteral?[] busy)
    {
        var block = Windows[w];
        var meetings = Domains.MeetingsOf[p];
        var possible = meetings.Count(m => Domains.AllowedSlots[m].Any(block.Contains));
        if (possible <= 1) return (null, 0);
        var forced = RequireAll ? meetings.Count(m => Domains.AllowedSlots[m].All(block.Contains)) : 0;

        var starts = new List<ILiteral>();
        for (var s = block.FirstSlot; s < block.End; s++)
        {
            if (busy[s] is not { } here) continue;
            var prev = s > block.FirstSlot ? busy[s - 1] : null;
            if (prev is null) { starts.Add(here); continue; }
            var start = Model.NewBoolVar($"start{p}_{s}");
            Model.AddImplication(start, here);
            Model.AddImplication(start, prev.Not());
            Model.AddBoolOr([here.Not(), prev, start]);
            startVars.Add((start, p, s));
            starts.Add(start);
        }
        var runs = LinearExpr.Sum(starts);
        var segments = Segments(busy, block);
        var maxRuns = segments.Sum(len => (len + 1) / 2);
        if (forced > 0)
        {
            Model.Add(runs >= MinimumRuns(segments, forced));
            if (breakEndObjective) AddBreakEnds(p, busy, block, runs - 1);
            return (runs - 1, Math.Min(possible, maxRuns) - 1);
        }
        var present = Model.NewBoolVar($"present{p}_{w}");
        presenceVars.Add((present, p, w));
        for (var s = block.FirstSlot; s < block.End; s++)
            if (busy[s] is { } here) Model.AddImplication(here, present);
        Model.AddBoolOr(starts.Append(present.Not()));
        if (breakEndObjective) AddBreakEnds(p, busy, block, runs - present);
        return (runs - present, Math.Max(0, Math.Min(possible, maxRuns) - 1));
    }

    private LinearExpr SlotOf(int m) =>
        LinearExpr.WeightedSum(Place[m], Domains.AllowedSlots[m].Select(s => (long)s));

    private void AddPrecedences()
    {
        for (var m = 0; m < Place.Length; m++)
            foreach (var pred in Instance.Meetings[m].Predecessors)
            {
                var constraint = Model.Add(SlotOf(pred) + 1 <= SlotOf(m));
                if (!RequireAll)
                    constraint.OnlyEnforceIf([Scheduled(pred), Scheduled(m)]);
            }
    }

    private BoolVar Scheduled(int m) => scheduledVars.First(v => v.Meeting == m).Var;

    /// <summary>Hints every model variable from a complete or partial slot assignment.</summary>
    public void Hint(IReadOnlyList<int?> slotOfMeeting)
    {
        Model.ClearHints();
        var busy = new bool[Instance.Participants.Count, Domains.SlotCount];
        for (var m = 0; m < Place.Length; m++)
        {
            var slot = slotOfMeeting[m];
            for (var i = 0; i < Place[m].Length; i++) Model.AddHint(Place[m][i], Domains.AllowedSlots[m][i] == slot);
            if (slot is not { } s) continue;
            foreach (var p in Instance.Meetings[m].Participants) busy[p, s] = true;
        }
        foreach (var (v, m) in scheduledVars) Model.AddHint(v, slotOfMeeting[m] is not null);
        foreach (var (v, p, s) in busyVars) Model.AddHint(v, busy[p, s]);
        foreach (var (v, p, s) in startVars) Model.AddHint(v, busy[p, s] && !busy[p, s - 1]);
        var breaks0 = BreakCounter.PerParticipant(Instance, slotOfMeeting).Select(b => b == 0).ToArray();
        var firstBusy = new int[Instance.Participants.Count];
        for (var p = 0; p < firstBusy.Length; p++)
            firstBusy[p] = Enumerable.Range(0, Domains.SlotCount).FirstOrDefault(s => busy[p, s], -1);
        foreach (var (v, p, s) in contiguityVars)
            Model.AddHint(v, s < 0 ? breaks0[p] : breaks0[p] && firstBusy[p] == s);
        foreach (var (v, p, w) in presenceVars)
            Model.AddHint(v, Enumerable.Range(Windows[w].FirstSlot, Windows[w].SlotCount).Any(s => busy[p, s]));
        var breaks = BreakCounter.PerParticipant(Instance, slotOfMeeting);
        foreach (var (v, p) in breakVars) Model.AddHint(v, breaks[p]);
        if (maxBreaks is not null) Model.AddHint(maxBreaks, breaks.Max());
        if (minBreaks is not null) Model.AddHint(minBreaks, breaks.Min());
    }

    public int?[] ReadSlots(Func<ILiteral, bool> value)
    {
        var slots = new int?[Place.Length];
        for (var m = 0; m < Place.Length; m++)
            for (var i = 0; i < Place[m].Length; i++)
                if (value(Place[m][i])) slots[m] = Domains.AllowedSlots[m][i];
        return slots;
    }
}
