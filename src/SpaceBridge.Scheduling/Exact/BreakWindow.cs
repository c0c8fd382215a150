using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// A run of slots within which idle gaps between meetings count as breaks: a block, or a
/// whole day's adjacent blocks when <see cref="SchedulingRules.BreaksSpanWholeDay"/> is set.
/// </summary>
internal sealed record BreakWindow(int FirstSlot, int SlotCount, int BlockCount)
{
    public int End => FirstSlot + SlotCount;

    public bool Contains(int slot) => slot >= FirstSlot && slot < End;

    public static IReadOnlyList<BreakWindow> Of(Instance instance)
    {
        var windows = new List<BreakWindow>();
        Block? previous = null;
        foreach (var block in instance.Blocks.OrderBy(b => b.FirstSlot))
        {
            var joins = instance.Rules.BreaksSpanWholeDay && previous is not null && windows.Count > 0
                && previous.Day == block.Day && windows[^1].End == block.FirstSlot;
            if (joins)
                windows[^1] = windows[^1] with { SlotCount = windows[^1].SlotCount + block.SlotCount, BlockCount = windows[^1].BlockCount + 1 };
            else
                windows.Add(new BreakWindow(block.FirstSlot, block.SlotCount, 1));
            previous = block;
        }
        return windows;
    }
}
