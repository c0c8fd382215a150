using Microsoft.EntityFrameworkCore;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Repair;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Observability;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Executes one claimed run: reads the event into an instance, solves it (full) or repairs the published
/// schedule (repair), validates the result independently and stores the proposal, or the error. Cancelled because the
/// node is stopping, it stores nothing and hands the run back to the queue. Every write is conditional on the claim.
/// </summary>
public sealed class ScheduleRunExecutor(AppDbContext db, EventInstanceBuilder builder, IServiceScopeFactory scopes,
    TimeProvider clock, ScheduleRunTelemetry telemetry, ILogger<ScheduleRunExecutor> logger)
{
    public async Task ExecuteAsync(int runId, string claim, CancellationToken ct)
    {
        await using var progress = new RunProgressWriter(scopes, runId, claim);
        progress.Start();
        string? error = null;
        ScheduleProposal? proposal = null;
        var started = clock.GetTimestamp();
        var kind = "unknown";
        using var activity = ScheduleRunTelemetry.StartRun(runId);
        try
        {
            var run = await db.ScheduleRuns.AsNoTracking().FirstAsync(r => r.Id == runId, ct);
            kind = run.Kind.ToString().ToLowerInvariant();
            ScheduleRunTelemetry.Describe(activity, run.EventId, kind);
            progress.Set(0, "Reading requests");
            var map = await builder.BuildAsync(run.EventId, ct);
            var limit = TimeSpan.FromSeconds(Math.Clamp(run.TimeLimitSeconds, 1, 600));
            proposal = run.Kind == ScheduleRunKind.Repair
                ? await RepairAsync(run.EventId, map, limit, progress, ct)
                : await Task.Run(() => Solve(map, limit, progress, ct), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Schedule run {RunId} failed", runId);
            error = ex.Message;
        }
        // Stopped before the final update so a late progress write cannot follow it; the using above is then a no-op.
        await progress.DisposeAsync();

        telemetry.Finished(activity, kind, ct.IsCancellationRequested ? "handed_back" : proposal is null ? "failed" : "succeeded",
            clock.GetElapsedTime(started));
        if (ct.IsCancellationRequested)
        {
            // The node is stopping: a result cut short by the shutdown is not the run the organizer asked for.
            await ScheduleRunWorker.HandBackAsync(db, runId, claim, logger);
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await db.ScheduleRuns.Where(r => r.Id == runId && r.Status == ScheduleRunStatus.Running && r.ClaimedBy == claim).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, proposal is null ? ScheduleRunStatus.Failed : ScheduleRunStatus.Succeeded)
            .SetProperty(r => r.Progress, 1.0)
            .SetProperty(r => r.Phase, proposal is null ? "Failed" : "Done")
            .SetProperty(r => r.ResultJson, proposal == null ? null : proposal.ToJson())
            .SetProperty(r => r.Error, error == null ? null : (error.Length > 2000 ? error.Substring(0, 2000) : error))
            .SetProperty(r => r.FinishedAtUtc, now), CancellationToken.None);
    }

    private static ScheduleProposal Solve(EventInstance map, TimeSpan limit, RunProgressWriter progress, CancellationToken ct)
    {
        var options = new SolveOptions { TimeLimit = limit, Kind = SolverKind.Auto, Workers = 1, Progress = progress };
        var report = MeetingScheduler.Solve(map.Instance, options, ct);
        if (!report.IsValid)
        {
            throw new InvalidOperationException("The solver's schedule failed validation: " + ProposalMapper.Describe(report.Validation.Violations));
        }
        var (meetings, unscheduled) = ProposalMapper.FromSolution(map, report.Result.Solution);
        return new ScheduleProposal
        {
            Solver = report.Result.Solver,
            ElapsedMilliseconds = (long)report.Result.Elapsed.TotalMilliseconds,
            Statistics = ProposalMapper.Statistics(map, report.Metrics, report.Result.Solution),
            Meetings = meetings,
            Unscheduled = unscheduled,
            LockProblems = [.. map.LockProblems],
            Interpreters = ProposalMapper.Interpreters(map),
        };
    }

    private async Task<ScheduleProposal> RepairAsync(int eventId, EventInstance map, TimeSpan limit, RunProgressWriter progress, CancellationToken ct)
    {
        var published = await db.ScheduledMeetings.AsNoTracking().Where(m => m.EventId == eventId && m.IsPublished)
            .OrderBy(m => m.Id).Select(m => new { m.MeetingRequestId, m.SlotId, m.LocationId }).ToListAsync(ct);
        if (published.Count == 0)
        {
            throw new InvalidOperationException("There is no published schedule to repair: run a full schedule first.");
        }
        progress.Set(0.1, "Repairing the published schedule");
        var newIds = published.Select(p => map.MeetingOf(p.MeetingRequestId)).ToList();
        var before = new Solution
        {
            Assignments = [.. published.Select((p, i) => new Assignment(i, map.SlotOf(p.SlotId), map.LocationOf(p.LocationId)))],
        };
        var result = await Task.Run(() => new ScheduleRepairer().Repair(map.Instance, before, newIds,
            new RepairOptions { TimeLimit = limit }, ct), ct);
        var validation = ScheduleValidator.Validate(map.Instance, result.Solution);
        if (!validation.IsValid)
        {
            throw new InvalidOperationException("The repaired schedule failed validation: " + ProposalMapper.Describe(validation.Violations));
        }
        var (meetings, unscheduled) = ProposalMapper.FromSolution(map, result.Solution);
        var moves = result.Moves.Select(m => new ProposedMove(
            m.Meeting is { } now ? map.RequestIds[now] : published[m.PublishedMeeting!.Value].MeetingRequestId,
            Id(map.SlotIds, m.FromSlot), Id(map.LocationIds, m.FromLocation), Id(map.SlotIds, m.ToSlot), Id(map.LocationIds, m.ToLocation),
            m.Reason)).ToList();
        return new ScheduleProposal
        {
            Solver = "repair",
            ElapsedMilliseconds = (long)result.Elapsed.TotalMilliseconds,
            Statistics = ProposalMapper.Statistics(map, validation.Metrics, result.Solution) with { Unaffected = result.Unaffected, UnaffectedMoved = result.UnaffectedMoved },
            Meetings = meetings,
            Unscheduled = unscheduled,
            Interpreters = ProposalMapper.Interpreters(map),
            Moves = moves,
            LockProblems = [.. map.LockProblems],
        };
    }

    private static int? Id(IReadOnlyList<int> ids, int? index) => index is { } i && i >= 0 && i < ids.Count ? ids[i] : null;
}
