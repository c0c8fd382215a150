using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>A finished run reports table changes with their lower bound and breaks with each participant's bound, in the API and on the run page in both languages.</summary>
public sealed class ScheduleBoundsRunTests : IDisposable
{
    private readonly SpaceBridgeFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_run_page_and_the_api_show_table_changes_with_their_bound_and_breaks_with_the_participants_bounds()
    {
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 4, tables: 2);
        // Four people who all meet each other: six meetings on two tables, so each slot's two meetings send people on
        // to the two meetings of the next one and some must change tables.
        var people = await _factory.AddApprovedRegistrationsAsync(eventId, 4, "Bounds");
        await _factory.AddRequestsAsync(eventId, MatchmakingData.AllPairs(people, 4));
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));

        var run = await organizer.RunToEndAsync(eventId);

        Assert.Equal(ScheduleRunStatus.Succeeded, run.Status);
        var statistics = run.Statistics!;
        Assert.Equal(6, statistics.Scheduled);
        var tableBound = Assert.IsType<int>(statistics.TableChangesLowerBound);
        Assert.InRange(tableBound, 1, statistics.LocationChanges);
        // The stored figure is the library's bound for the stored slots, over every assignment that keeps pins and booths.
        EventInstance map;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            map = await scope.ServiceProvider.GetRequiredService<EventInstanceBuilder>().BuildAsync(eventId, CancellationToken.None);
        }
        var proposal = await _factory.WithDbAsync(async db =>
            ScheduleProposal.FromJson(await db.ScheduleRuns.Where(r => r.Id == run.Id).Select(r => r.ResultJson).SingleAsync())!);
        var (solution, _) = ProposalMapper.ToSolution(map, proposal.Meetings);
        Assert.Equal(TableChangeLowerBound.Compute(map.Instance, [.. solution.Assignments.OrderBy(a => a.Meeting).Select(a => a.Slot)], tablesFirst: false).Total, tableBound);
        var breaksBound = Assert.IsType<int>(statistics.BreaksLowerBound);
        Assert.InRange(breaksBound, 0, statistics.TotalBreaks);
        Assert.InRange(Assert.IsType<int>(statistics.ParticipantsAboveBreakBound), 0, statistics.Participants);

        var url = $"/organizer/events/{eventId}/matchmaking/runs/{run.Id}";
        var page = await organizer.GetDocumentAsync(url);
        Assert.Equal(statistics.LocationChanges.ToString(), page.QuerySelector("#stat-table-changes")!.TextContent.Trim());
        Assert.Equal(tableBound.ToString(), page.QuerySelector("#stat-table-changes-bound")!.TextContent.Trim());
        Assert.Equal(breaksBound.ToString(), page.QuerySelector("#stat-breaks-bound")!.TextContent.Trim());
        Assert.Equal($"{statistics.ParticipantsAboveBreakBound} / {statistics.Participants}", page.QuerySelector("#stat-above-break-bound")!.TextContent.Trim());
        Assert.Contains("lower bound", page.QuerySelector("#stat-table-changes-bound")!.PreviousElementSibling!.TextContent);

        var korean = await organizer.GetDocumentAsync(url + "?culture=ko");
        Assert.Contains("하한", korean.QuerySelector("#stat-table-changes-bound")!.PreviousElementSibling!.TextContent);
        Assert.Contains("하한", korean.QuerySelector("#stat-above-break-bound")!.PreviousElementSibling!.TextContent);
    }
}
