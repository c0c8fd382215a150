using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Cuts an event's meeting blocks (event-local days and times) into consecutive slots of the
/// configured length. Slots are numbered across the whole event in time order; a block's tail
/// shorter than one slot is left unused.
/// </summary>
public static class MeetingSlotPlanner
{
    public const int MinSlotMinutes = 5;
    public const int MaxSlotMinutes = 240;

    /// <summary>The blocks in time order; throws <see cref="DomainValidationException"/> when they are unusable.</summary>
    public static List<MeetingBlock> Normalize(Event ev, int slotMinutes, IEnumerable<MeetingBlock> blocks)
    {
        if (slotMinutes is < MinSlotMinutes or > MaxSlotMinutes)
        {
            throw new DomainValidationException("SlotMinutes", $"Slot length must be between {MinSlotMinutes} and {MaxSlotMinutes} minutes.");
        }
        var ordered = blocks.OrderBy(b => b.Day).ThenBy(b => b.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var block = ordered[i];
            if (block.Day < ev.StartDate || block.Day > ev.EndDate)
            {
                throw new DomainValidationException("Blocks", $"The block on {block.Day:yyyy-MM-dd} is outside the event's dates ({ev.StartDate:yyyy-MM-dd} to {ev.EndDate:yyyy-MM-dd}).");
            }
            if ((block.End - block.Start).TotalMinutes < slotMinutes || block.End <= block.Start)
            {
                throw new DomainValidationException("Blocks", $"The block on {block.Day:yyyy-MM-dd} from {block.Start:HH\\:mm} to {block.End:HH\\:mm} does not hold one slot of {slotMinutes} minutes.");
            }
            if (i > 0 && ordered[i - 1].Day == block.Day && ordered[i - 1].End > block.Start)
            {
                throw new DomainValidationException("Blocks", $"Blocks on {block.Day:yyyy-MM-dd} overlap.");
            }
        }
        return ordered;
    }

    /// <summary>The slots of the event's blocks, indexed from 0 in time order, with UTC times.</summary>
    public static List<MeetingSlot> Plan(Event ev, int slotMinutes, IEnumerable<MeetingBlock> blocks)
    {
        var ordered = Normalize(ev, slotMinutes, blocks);
        var slots = new List<MeetingSlot>();
        for (var b = 0; b < ordered.Count; b++)
        {
            var block = ordered[b];
            var count = (int)((block.End - block.Start).TotalMinutes / slotMinutes);
            var blockStart = ev.ToUtc(block.Day, block.Start);
            for (var s = 0; s < count; s++)
            {
                var start = blockStart.AddMinutes(s * slotMinutes);
                slots.Add(new MeetingSlot
                {
                    EventId = ev.Id,
                    Index = slots.Count,
                    BlockIndex = b,
                    StartsAtUtc = start,
                    EndsAtUtc = start.AddMinutes(slotMinutes),
                });
            }
        }
        return slots;
    }
}
