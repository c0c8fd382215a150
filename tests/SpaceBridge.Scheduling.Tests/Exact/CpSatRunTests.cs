using System.Diagnostics;
using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Generation;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class CpSatRunTests
{
    [Fact]
    public void A_search_on_a_model_it_cannot_finish_quickly_returns_soon_after_its_limit()
    {
        var forum = ForumGenerator.Generate(new ForumOptions
        {
            Participants = 120, Meetings = 900, Days = 1, SlotsPerBlock = 8, Tables = 30, Seed = 7,
        });
        var instance = forum with { Rules = ContestedForums.Literature with { RequireAllMeetings = false } };
        var model = new ScheduleModel(instance, new SlotDomains(instance), breaksCap: 0);

        var clock = Stopwatch.StartNew();
        var outcome = CpSatRun.Execute(model, workers: 1, seed: 1, TimeSpan.FromSeconds(0.3), "", null, CancellationToken.None);
        clock.Stop();

        Assert.False(outcome.Proven, $"status {outcome.Status}: the model was solved before the limit");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"returned after {clock.Elapsed.TotalSeconds:0.00} s");
    }
}
