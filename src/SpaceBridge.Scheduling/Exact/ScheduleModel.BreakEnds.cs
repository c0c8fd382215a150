using Google.OrTools.Sat;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>The breaks as literals, one per slot where a break ends: the soft literals of the MaxSAT encoding.</summary>
internal sealed partial class ScheduleModel
{
    private readonly List<ILiteral> breakEnds = [];

    /// <summary>
    /// ends[s]: participant <paramref name="p"/> meets at s, not at s - 1, and at some slot of the block before s - 1,
    /// through a chain of "met by slot t" literals; their sum equals the block's <paramref name="breaks"/>. Minimizing
    /// their sum instead of the per-participant counts lets core-guided search find its cores over single slots, as a
    /// MaxSAT solver does (Bofill et al., JAIR 2022): on forum-13crafb the bound reaches its optimum of 6 in about 3 s
    /// on one core where the counts take 4-9 s. Unit propagation also fills a gap between two busy slots of a
    /// participant that may not break.
    /// </summary>
    private void AddBreakEnds(int p, ILiteral?[] busy, BreakWindow block, LinearExpr breaks)
    {
        var ends = new List<ILiteral>();
        ILiteral? metBefore = null; // met by s - 2
        ILiteral? metLast = null; // met by s - 1
        for (var s = block.FirstSlot; s < block.End; s++)
        {
            if (busy[s] is { } here && metBefore is not null)
            {
                var end = Model.NewBoolVar($"breakEnd{p}_{s}");
                ILiteral[] parts = busy[s - 1] is { } previous ? [here, metBefore, previous.Not()] : [here, metBefore];
                foreach (var part in parts) Model.AddImplication(end, part);
                Model.AddBoolOr(parts.Select(part => part.Not()).Append(end));
                ends.Add(end);
            }
            var met = metLast;
            if (busy[s] is { } now)
            {
                if (metLast is null) met = now;
                else
                {
                    var either = Model.NewBoolVar($"met{p}_{s}");
                    Model.AddImplication(metLast, either);
                    Model.AddImplication(now, either);
                    Model.AddBoolOr([metLast, now, either.Not()]);
                    met = either;
                }
            }
            metBefore = metLast;
            metLast = met;
        }
        Model.Add(LinearExpr.Sum(ends) == breaks);
        breakEnds.AddRange(ends);
    }
}
