using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Generation;

/// <summary>
/// Synthetic B2B forums with the structure of real ones: buyers and suppliers, exhibitors who meet at
/// their booth, participants available half days only, speakers away for a session, a few very popular
/// buyers who draw far more requests than they have slots, and weights 1-3 for request priority.
/// The same options and seed always give the same instance.
/// </summary>
public static class ForumGenerator
{
    public static Instance Generate(ForumOptions options)
    {
        options.Validate();
        var random = new Random(options.Seed);
        var blocks = new List<Block>();
        for (var d = 0; d < options.Days; d++)
        {
            blocks.Add(new Block(d, DayPart.Morning, (2 * d) * options.SlotsPerBlock, options.SlotsPerBlock));
            blocks.Add(new Block(d, DayPart.Afternoon, (2 * d + 1) * options.SlotsPerBlock, options.SlotsPerBlock));
        }

        var buyers = Math.Max(1, (int)(options.Participants * options.BuyerShare));
        var suppliers = options.Participants - buyers;
        var exhibitors = Math.Min(suppliers, (int)(options.Participants * options.ExhibitorShare));

        var locations = new List<Location>();
        for (var t = 0; t < options.Tables; t++) locations.Add(new Location($"Table {t + 1}"));
        var participants = new List<Participant>(options.Participants);
        for (var p = 0; p < options.Participants; p++)
        {
            var isBuyer = p < buyers;
            int? booth = null;
            if (!isBuyer && p - buyers < exhibitors)
            {
                booth = locations.Count;
                locations.Add(new Location($"Booth {p - buyers + 1}", LocationKind.Booth));
            }
            participants.Add(new Participant
            {
                Name = isBuyer ? $"Buyer {p + 1}" : $"Supplier {p - buyers + 1}",
                ForbiddenSlots = Unavailable(random, options, blocks),
                HomeLocation = booth,
            });
        }

        var meetings = Requests(random, options, buyers, suppliers);
        return new Instance
        {
            Name = $"forum-p{options.Participants}-m{options.Meetings}-s{options.Seed}",
            Blocks = blocks,
            Participants = participants,
            Meetings = meetings,
            Locations = locations,
            Rules = new SchedulingRules(),
        };
    }

    private static HashSet<int> Unavailable(Random random, ForumOptions options, List<Block> blocks)
    {
        var slots = new HashSet<int>();
        if (random.NextDouble() < options.HalfDayShare)
        {
            var away = random.Next(2) == 0 ? DayPart.Morning : DayPart.Afternoon;
            foreach (var block in blocks.Where(b => b.Part == away))
                for (var s = 0; s < block.SlotCount; s++) slots.Add(block.FirstSlot + s);
        }
        if (random.NextDouble() < options.SpeakerShare)
        {
            var block = blocks[random.Next(blocks.Count)];
            var length = Math.Min(block.SlotCount, 2 + random.Next(3));
            var start = block.FirstSlot + random.Next(block.SlotCount - length + 1);
            for (var s = start; s < start + length; s++) slots.Add(s);
        }
        return slots;
    }

    private static List<Meeting> Requests(Random random, ForumOptions options, int buyers, int suppliers)
    {
        // Buyers' appeal falls off with rank; the popular few get a further boost.
        var buyerAppeal = new double[buyers];
        var popular = Math.Max(1, (int)(buyers * options.PopularShare));
        for (var b = 0; b < buyers; b++)
            buyerAppeal[b] = 1.0 / Math.Pow(b + 1, 0.35) * (b < popular ? 4 : 1);
        Shuffle(random, buyerAppeal);
        var supplierAppeal = Enumerable.Range(0, suppliers).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var pickBuyer = new WeightedPicker(buyerAppeal);
        var pickSupplier = new WeightedPicker(supplierAppeal);

        var pairs = new HashSet<(int, int)>();
        var meetings = new List<Meeting>(options.Meetings);
        while (meetings.Count < options.Meetings)
        {
            var buyer = pickBuyer.Next(random);
            var supplier = buyers + pickSupplier.Next(random);
            if (!pairs.Add((buyer, supplier))) continue;
            var session = random.NextDouble() < options.RestrictedSessionShare
                ? (random.Next(2) == 0 ? SessionRestriction.Morning : SessionRestriction.Afternoon)
                : SessionRestriction.Any;
            var roll = random.NextDouble();
            meetings.Add(new Meeting
            {
                Participants = random.Next(2) == 0 ? [buyer, supplier] : [supplier, buyer],
                Weight = roll < 0.6 ? 1 : roll < 0.9 ? 2 : 3,
                Session = session,
                ExternalId = $"r{meetings.Count + 1}",
            });
        }
        return meetings;
    }

    private static void Shuffle(Random random, double[] values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    private sealed class WeightedPicker
    {
        private readonly double[] _cumulative;

        public WeightedPicker(double[] weights)
        {
            _cumulative = new double[weights.Length];
            double sum = 0;
            for (var i = 0; i < weights.Length; i++) _cumulative[i] = sum += weights[i];
        }

        public int Next(Random random)
        {
            var x = random.NextDouble() * _cumulative[^1];
            var i = Array.BinarySearch(_cumulative, x);
            return Math.Min(_cumulative.Length - 1, i >= 0 ? i + 1 : ~i);
        }
    }
}
