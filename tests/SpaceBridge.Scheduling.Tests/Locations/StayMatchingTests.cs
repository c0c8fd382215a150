using SpaceBridge.Scheduling.Locations;

namespace SpaceBridge.Scheduling.Tests.Locations;

/// <summary>The slot's matching of meetings to tables is a maximum-weight matching: checked against every choice on random slots.</summary>
public class StayMatchingTests
{
    [Fact]
    public void The_matching_reaches_the_most_stays_on_random_slots()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var tables = random.Next(1, 6);
            var capacity = Enumerable.Range(0, tables).Select(_ => random.Next(1, 3)).ToArray();
            var used = Enumerable.Range(0, tables).Select(t => random.NextDouble() < 0.2 ? 1 : 0).ToArray();
            var meetings = random.Next(1, 7);
            // Each meeting: up to three participants' previous tables, some shared.
            var wishes = Enumerable.Range(0, meetings).Select(_ => Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(tables))
                .GroupBy(t => t).Select(g => (Table: g.Key, Weight: g.Count())).ToArray()).ToArray();
            var result = new int?[meetings];
            var usedAfter = (int[])used.Clone();

            var matching = new StayMatching(tables);
            matching.Solve([.. Enumerable.Range(0, meetings)], m => wishes[m], usedAfter, capacity, result);

            var best = BruteForce(wishes, capacity, used);
            Assert.True(best == matching.Weight, $"seed {seed}: {matching.Weight} stays, the best is {best}");
            var achieved = 0;
            for (var m = 0; m < meetings; m++)
                if (result[m] is { } t)
                    achieved += wishes[m].Single(w => w.Table == t).Weight;
            Assert.Equal(best, achieved);
            for (var t = 0; t < tables; t++)
            {
                Assert.Equal(used[t] + result.Count(r => r == t), usedAfter[t]);
                Assert.True(usedAfter[t] <= Math.Max(capacity[t], used[t]), $"seed {seed}: table {t} over capacity");
            }
        }
    }

    [Fact]
    public void A_meeting_gives_up_its_table_when_two_others_then_stay()
    {
        // Meeting 0 could keep one participant at table 0 or at table 1; meetings 1 and 2 keep both of theirs at table 0 and
        // table 1: seating meeting 0 first must not cost the other two their tables.
        var wishes = new[] { new[] { (0, 1), (1, 1) }, new[] { (0, 2) }, new[] { (1, 2) } };
        var result = new int?[3];
        var matching = new StayMatching(2);

        matching.Solve([0, 1, 2], m => wishes[m], new int[2], [1, 1], result);

        Assert.Equal(4, matching.Weight);
        Assert.Equal(new int?[] { null, 0, 1 }, result);
    }

    private static int BruteForce((int Table, int Weight)[][] wishes, int[] capacity, int[] used)
    {
        var load = (int[])used.Clone();
        return Best(0);

        int Best(int m)
        {
            if (m == wishes.Length) return 0;
            var best = Best(m + 1);
            foreach (var (table, stays) in wishes[m])
            {
                if (load[table] >= capacity[table]) continue;
                load[table]++;
                best = Math.Max(best, stays + Best(m + 1));
                load[table]--;
            }
            return best;
        }
    }
}
