using Google.OrTools.Sat;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>The implied constraints of the model: run lower bounds from availability and time-reversal symmetry breaking.</summary>
internal sealed partial class ScheduleModel
{
    /// <summary>
    /// Implied: a participant without breaks whose meetings all fall in one break window meets in one run
    /// of consecutive slots there, so one literal per possible first slot decides every busy literal.
    /// </summary>
    private void AddContiguity(ILiteral?[][] busy)
    {
        for (var p = 0; p < busy.Length; p++)
        {
            var meetings = Domains.MeetingsOf[p];
            var n = meetings.Length;
            if (n < 2) continue;
            var window = Windows.FirstOrDefault(w => meetings.All(m => Domains.AllowedSlots[m].All(w.Contains)));
            if (window is null) continue;
            if (breakVars.FirstOrDefault(b => b.Participant == p).Var is not { } breaks) continue;
            if (oneGapSpans && participantCaps?[p] == 1) AddOneGap(p, window, busy[p]);
            var starts = ContiguousRuns.Starts(Domains, p, window).ToDictionary(k => k, k => Model.NewBoolVar($"first{p}_{k}"));
            var forced = breaksCap == 0 || participantCaps?[p] == 0;
            var none = forced ? (ILiteral)Model.TrueLiteral() : Model.NewBoolVar($"nobreak{p}");
            if (!forced)
            {
                Model.Add(breaks == 0).OnlyEnforceIf(none);
                Model.Add(breaks >= 1).OnlyEnforceIf(none.Not());
                contiguityVars.Add(((BoolVar)none, p, -1));
            }
            if (none is BoolVar flag) Model.Add(LinearExpr.Sum(starts.Values) == flag);
            else Model.AddExactlyOne(starts.Values);
            foreach (var (k, v) in starts) contiguityVars.Add((v, p, k));
            // Implied: a slot inside every possible run is busy whenever the participant has no break.
            if (starts.Count > 0)
            {
                var from = starts.Keys.Max();
                var to = starts.Keys.Min() + n;
                for (var s = from; s < to; s++)
                    if (busy[p][s] is { } covered) Model.AddImplication(none, covered);
            }
            for (var s = window.FirstSlot; s < window.End; s++)
            {
                if (busy[p][s] is not { } here) continue;
                var covering = starts.Where(kv => kv.Key <= s && s < kv.Key + n).Select(kv => (ILiteral)kv.Value).ToList();
                Model.AddBoolOr(covering.Append(here.Not()).Append(none.Not()));
                foreach (var start in covering) Model.AddImplication(start, here);
            }
        }
    }

    /// <summary>
    /// Implied, for a participant capped at one break: its busy slots in the window are one span with at most one gap, in
    /// the order encoding: first[i] (its first busy slot is at or before slot i), last[i] (its last is at or after i),
    /// gapFrom[i] (the gap has begun by i) and gapTo[i] (it has ended by i), each monotone, and busy exactly where first,
    /// last and outside the gap hold. The break counts say the same through run starts; stated this way, clause learning
    /// sees where the one break can go, which the restricted searches decide: on the two crafb days, where a third of
    /// the participants are capped at one, their time to the optimum fell (docs/decisions/017, "Update 4"). The
    /// breaker-set search's probes of a participant alone do without it: there the probes of ticf-13crafc's breakers
    /// overran their limit with it.
    /// </summary>
    private void AddOneGap(int p, BreakWindow window, ILiteral?[] busy)
    {
        var n = window.SlotCount;
        BoolVar[] Order(string name) => Enumerable.Range(0, n).Select(i => Model.NewBoolVar($"{name}{p}_{window.FirstSlot + i}")).ToArray();
        var first = Order("spanFirst");
        var last = Order("spanLast");
        var gapFrom = Order("gapFrom");
        var gapTo = Order("gapTo");
        for (var i = 0; i + 1 < n; i++)
        {
            Model.AddImplication(first[i], first[i + 1]);
            Model.AddImplication(last[i + 1], last[i]);
            Model.AddImplication(gapFrom[i], gapFrom[i + 1]);
            Model.AddImplication(gapTo[i], gapTo[i + 1]);
        }
        for (var i = 0; i < n; i++)
        {
            // The gap ends only after it has begun.
            Model.AddImplication(gapTo[i], gapFrom[i]);
            // busy[i] <=> first[i] && last[i] && (!gapFrom[i] || gapTo[i]); a slot none of its meetings can take is idle.
            if (busy[window.FirstSlot + i] is { } here)
            {
                Model.AddImplication(here, first[i]);
                Model.AddImplication(here, last[i]);
                Model.AddBoolOr([here.Not(), gapFrom[i].Not(), gapTo[i]]);
                Model.AddBoolOr([first[i].Not(), last[i].Not(), gapFrom[i], here]);
                Model.AddBoolOr([first[i].Not(), last[i].Not(), gapTo[i].Not(), here]);
            }
            else
            {
                Model.AddBoolOr([first[i].Not(), last[i].Not(), gapFrom[i]]);
                Model.AddBoolOr([first[i].Not(), last[i].Not(), gapTo[i].Not()]);
            }
        }
    }

    /// <summary>Lengths of the maximal runs of slots in the block where the participant can meet.</summary>
    private static List<int> Segments(ILiteral?[] busy, BreakWindow block)
    {
        var segments = new List<int>();
        var length = 0;
        for (var s = block.FirstSlot; s < block.End; s++)
        {
            if (busy[s] is not null) { length++; continue; }
            if (length > 0) segments.Add(length);
            length = 0;
        }
        if (length > 0) segments.Add(length);
        return segments;
    }

    /// <summary>Fewest runs that hold <paramref name="count"/> meetings given the available segments.</summary>
    private static int MinimumRuns(List<int> segments, int count)
    {
        var runs = 0;
        foreach (var len in segments.OrderDescending())
        {
            if (count <= 0) break;
            count -= len;
            runs++;
        }
        return Math.Max(runs, 1);
    }

    /// <summary>
    /// Reversing the slots of one block keeps every constraint and every break count when no
    /// meeting is pinned or ordered and each participant's forbidden slots in the block are
    /// mirror-symmetric (a block that is a break window of its own); so one meeting may be confined to the block's first half.
    /// </summary>
    private void AddReversalSymmetryBreaking()
    {
        if (Instance.Meetings.Any(m => m.Predecessors.Count > 0 || m.PinnedSlot is not null)) return;
        foreach (var block in Windows.Where(w => w.BlockCount == 1))
        {
            var b = Domains.BlockOfSlot[block.FirstSlot];
            int Mirror(int s) => 2 * block.FirstSlot + block.SlotCount - 1 - s;
            var symmetric = Instance.Participants.All(p => p.ForbiddenSlots
                .Where(s => s >= 0 && s < Domains.SlotCount && Domains.BlockOfSlot[s] == b)
                .All(s => p.ForbiddenSlots.Contains(Mirror(s))));
            if (!symmetric) continue;
            // The meeting of the busiest participant with a slot in this block.
            var anchor = Enumerable.Range(0, Place.Length)
                .Where(m => Domains.AllowedSlots[m].Any(s => Domains.BlockOfSlot[s] == b))
                .OrderByDescending(m => Instance.Meetings[m].Participants.Sum(p => Domains.MeetingsOf[p].Length))
                .Select(m => (int?)m).FirstOrDefault();
            if (anchor is not { } a) continue;
            for (var i = 0; i < Place[a].Length; i++)
            {
                var s = Domains.AllowedSlots[a][i];
                if (Domains.BlockOfSlot[s] == b && s > Mirror(s)) Model.Add(Place[a][i] == 0);
            }
        }
    }
}
