using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Tests.Heuristics;

/// <summary>Synthetic forums for solver tests: buyers and suppliers, some exhibitors at booths, popular participants, half-day availability.</summary>
public static class RandomForums
{
    public sealed record Shape(int Participants, int Meetings, int Days, int SlotsPerBlock, int Tables,
        double ExhibitorShare = 0.1, double HalfDayShare = 0.1, double SessionShare = 0.05, double PinShare = 0.0,
        double PrecedenceShare = 0.0, int MaxWeight = 3, double PinLocationShare = 0.0);

    /// <summary>A small forum whose shape is drawn from the seed too, for property tests.</summary>
    public static Instance Small(int seed)
    {
        var random = new Random(seed);
        var participants = random.Next(3, 16);
        var shape = new Shape(participants, random.Next(2, participants * 3), random.Next(1, 3), random.Next(2, 6), random.Next(1, 5),
            ExhibitorShare: 0.2, HalfDayShare: 0.2, SessionShare: 0.2, PinShare: 0.1, PrecedenceShare: 0.1, PinLocationShare: 0.1);
        return Build(shape, seed);
    }

    public static Instance Build(Shape shape, int seed)
    {
        var random = new Random(seed);
        var blocks = new List<Block>();
        for (var d = 0; d < shape.Days; d++)
        {
            blocks.Add(new Block(d, DayPart.Morning, blocks.Count * shape.SlotsPerBlock, shape.SlotsPerBlock));
            blocks.Add(new Block(d, DayPart.Afternoon, blocks.Count * shape.SlotsPerBlock, shape.SlotsPerBlock));
        }
        var slotCount = blocks.Count * shape.SlotsPerBlock;
        var exhibitors = (int)(shape.Participants * shape.ExhibitorShare);
        var locations = new List<Location>();
        for (var t = 0; t < shape.Tables; t++)
            locations.Add(new Location($"T{t}"));
        var participants = new List<Participant>();
        for (var p = 0; p < shape.Participants; p++)
        {
            var forbidden = new HashSet<int>();
            if (random.NextDouble() < shape.HalfDayShare)
            {
                // Available on half days only: one part of each day is blocked.
                var part = random.Next(2);
                foreach (var b in blocks.Where((_, i) => i % 2 == part))
                    for (var s = b.FirstSlot; s < b.FirstSlot + b.SlotCount; s++)
                        forbidden.Add(s);
            }
            if (random.NextDouble() < 0.2)
                forbidden.Add(random.Next(slotCount));
            int? home = null;
            if (p < exhibitors)
            {
                home = locations.Count;
                locations.Add(new Location($"Booth{p}", LocationKind.Booth));
            }
            participants.Add(new Participant { Name = $"P{p}", ForbiddenSlots = forbidden, HomeLocation = home });
        }

        // Participants' popularity is skewed: a few are asked for by many.
        var popularity = Enumerable.Range(0, shape.Participants).Select(_ => Math.Pow(random.NextDouble(), 3) + 0.05).ToArray();
        var cumulative = new double[shape.Participants];
        double total = 0;
        for (var p = 0; p < shape.Participants; p++)
            cumulative[p] = total += popularity[p];
        int Pick()
        {
            var i = Array.BinarySearch(cumulative, random.NextDouble() * total);
            return Math.Min(shape.Participants - 1, i < 0 ? ~i : i);
        }

        var pinnedBusy = new HashSet<(int Participant, int Slot)>();
        var pinnedPerSlot = new int[slotCount];
        int? PinnableSlot(Meeting meeting)
        {
            var slot = random.Next(slotCount);
            var free = meeting.Participants.All(p => !participants[p].ForbiddenSlots.Contains(slot) && !pinnedBusy.Contains((p, slot)));
            var hasHome = meeting.Participants.Any(p => participants[p].HomeLocation is not null);
            return free && !hasHome && pinnedPerSlot[slot] < shape.Tables ? slot : null;
        }
        var pairs = new HashSet<(int, int)>();
        var meetings = new List<Meeting>();
        var attempts = 0;
        while (meetings.Count < shape.Meetings && attempts++ < shape.Meetings * 20)
        {
            var a = random.Next(shape.Participants);
            var b = Pick();
            if (a == b || !pairs.Add((Math.Min(a, b), Math.Max(a, b))))
                continue;
            var meeting = new Meeting
            {
                Participants = [a, b],
                Weight = 1 + random.Next(shape.MaxWeight),
                Session = random.NextDouble() < shape.SessionShare ? (random.Next(2) == 0 ? SessionRestriction.Morning : SessionRestriction.Afternoon) : SessionRestriction.Any,
            };
            if (random.NextDouble() < shape.PinShare && PinnableSlot(meeting) is { } pin)
            {
                // Pins are kept feasible: a free slot for both, a table left, no precedence on a pinned meeting.
                meeting = meeting with { PinnedSlot = pin, Session = SessionRestriction.Any };
                pinnedBusy.Add((a, pin));
                pinnedBusy.Add((b, pin));
                pinnedPerSlot[pin]++;
            }
            else if (meetings.Count > 0 && random.NextDouble() < shape.PrecedenceShare)
                meeting = meeting with { Predecessors = [random.Next(meetings.Count)] };
            if (shape.Tables > 0 && random.NextDouble() < shape.PinLocationShare && meeting.PinnedSlot is null)
                meeting = meeting with { PinnedLocation = random.Next(shape.Tables) };
            meetings.Add(meeting);
        }
        return new Instance
        {
            Name = $"random-{seed}",
            Blocks = blocks,
            Participants = participants,
            Meetings = meetings,
            Locations = locations,
        };
    }
}
