using System.Globalization;
using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// A relaxation that names who must take breaks. A participant without breaks meets in one run of consecutive
/// slots, and some slots lie inside every run that can hold its meetings (both sides of the lunch pause for one
/// with morning-only and afternoon-only meetings, the middle of the day for a busy one); there it must meet
/// somebody. Keeping only those slots, each meeting used at most once, nobody twice in a slot and the tables per
/// slot, the fewest participants released from their covered slots is a proven lower bound on total breaks, and
/// the released participants are likely to take breaks in good schedules.
/// </summary>
internal static class BreakerRelaxation
{
    public sealed record Outcome(int LowerBound, IReadOnlyList<int> Breakers);

    public static Outcome? Solve(Instance instance, SlotDomains domains, TimeSpan limit, int workers, int seed, CancellationToken cancellationToken)
    {
        var participants = instance.Participants.Count;
        var windows = BreakWindow.Of(instance);
        var covered = new IReadOnlyList<int>?[participants];
        var mustBreak = new bool[participants];
        for (var p = 0; p < participants; p++)
        {
            var meetings = domains.MeetingsOf[p];
            if (meetings.Length < 2) continue;
            var window = windows.FirstOrDefault(w => meetings.All(m => domains.AllowedSlots[m].All(w.Contains)));
            if (window is null) continue;
            covered[p] = ContiguousRuns.Covered(domains, p, window);
            mustBreak[p] = covered[p] is null;
        }

        var model = new CpModel();
        var released = new BoolVar[participants];
        for (var p = 0; p < participants; p++) released[p] = model.NewBoolVar($"released{p}");
        var atSlot = new List<ILiteral>[domains.SlotCount];
        for (var s = 0; s < atSlot.Length; s++) atSlot[s] = [];
        var meets = new Dictionary<(int Participant, int Slot), List<ILiteral>>();
        for (var m = 0; m < instance.Meetings.Count; m++)
        {
            var members = instance.Meetings[m].Participants.Distinct().ToArray();
            var placed = new List<ILiteral>();
            foreach (var s in domains.AllowedSlots[m])
            {
                if (!members.Any(p => covered[p]?.Contains(s) == true)) continue;
                var literal = model.NewBoolVar($"m{m}_{s}");
                placed.Add(literal);
                atSlot[s].Add(literal);
                foreach (var p in members)
                {
                    if (!meets.TryGetValue((p, s), out var list)) meets[(p, s)] = list = [];
                    list.Add(literal);
                }
            }
            if (placed.Count > 1) model.AddAtMostOne(placed);
        }
        var places = instance.Locations.Sum(l => l.Capacity);
        foreach (var literals in atSlot.Where(l => l.Count > places)) model.Add(LinearExpr.Sum(literals) <= places);
        foreach (var literals in meets.Values.Where(l => l.Count > 1)) model.AddAtMostOne(literals);
        for (var p = 0; p < participants; p++)
        {
            if (mustBreak[p]) { model.Add(released[p] == 1); continue; }
            if (covered[p] is not { Count: > 0 } slots) { model.Add(released[p] == 0); continue; }
            foreach (var s in slots)
                model.AddBoolOr((meets.TryGetValue((p, s), out var list) ? list : []).Append(released[p]));
        }
        model.Minimize(LinearExpr.Sum(released));

        // CpSolver.StopSearch does nothing before Solve has begun (CpSatRun).
        if (limit <= TimeSpan.Zero || cancellationToken.IsCancellationRequested) return null;
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"num_workers:{Math.Max(1, workers)} random_seed:{seed} max_time_in_seconds:{limit.TotalSeconds:0.###}"),
        };
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return null;
        var breakers = Enumerable.Range(0, participants).Where(p => solver.BooleanValue(released[p])).ToList();
        return new Outcome((int)Math.Ceiling(solver.BestObjectiveBound - 1e-6), breakers);
    }
}
