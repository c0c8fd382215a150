using System.Diagnostics;
using SpaceBridge.Scheduling.Heuristics;
using SpaceBridge.Scheduling.Locations;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Repair;

/// <summary>
/// Repairs a published schedule after changes. Meetings that are still valid stay in their slot and
/// at their table; the others and the new requests are placed into free room first; only then may a
/// bounded number of unaffected meetings move, and only when that lets more weight in.
/// </summary>
public sealed class ScheduleRepairer
{
    /// <param name="instance">The instance after the changes.</param>
    /// <param name="published">The published schedule, in the ids of the previous instance.</param>
    /// <param name="newIdOfPublished">For each previous meeting id, its id in <paramref name="instance"/>, or null when cancelled.</param>
    public RepairResult Repair(Instance instance, Solution published, IReadOnlyList<int?> newIdOfPublished,
        RepairOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new RepairOptions();
        var clock = Stopwatch.StartNew();
        // Most of the limit goes to chains; the rest is for tables and the move list.
        var deadline = new Deadline(options.TimeLimit * 0.6, cancellationToken);
        var before = new PublishedPlacement(instance.Meetings.Count);
        before.Read(published, newIdOfPublished);
        // Published meetings hold their table, so a new booth meeting cannot push a kept one off an idle booth.
        var problem = new ProblemIndex(instance, before.Location);
        var state = new ScheduleState(problem);

        // Keep every published meeting that is still valid where it is; first come, first kept.
        var anchored = new bool[problem.MeetingCount];
        var affectedReason = new string?[problem.MeetingCount];
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            if (before.Slot[m] is not { } slot)
                continue;
            if (slot >= 0 && slot < problem.SlotCount && state.CanPlace(m, slot))
            {
                state.Place(m, slot);
                anchored[m] = true;
            }
            else
            {
                affectedReason[m] = WhyNotKept(state, m, slot);
            }
        }
        var unaffected = anchored.Count(a => a);
        var budget = (int)Math.Floor(unaffected * options.MaxMovedShare);

        var inserter = new MeetingInserter(state, new Random(options.Seed));
        // By tier (locked, must-meet, meet, optional); within one, new requests and displaced meetings first, then
        // requests the published schedule had left out.
        var pending = Enumerable.Range(0, problem.MeetingCount)
            .Where(m => !anchored[m])
            .OrderBy(m => MeetingPriority.Tier(instance.Meetings[m]))
            .ThenBy(m => before.WasKnownUnscheduled(m) ? 1 : 0)
            .ThenByDescending(m => problem.Priority[m]).ThenBy(m => m)
            .ToList();
        foreach (var m in pending)
            inserter.TryDirect(m);
        inserter.Commit();

        var moved = new HashSet<int>();
        inserter.Policy = new MovePolicy(m => !anchored[m] || moved.Contains(m) || moved.Count < budget, m => !anchored[m]);
        foreach (var m in pending)
        {
            if (deadline.Expired)
                break;
            if (state.SlotOf[m] >= 0)
                continue;
            var mark = inserter.Mark;
            if (inserter.TryInsert(m, 1, allowEqual: false) && !TrackMoves(inserter, mark, state, anchored, before, moved, budget))
                inserter.Rollback(mark);
            inserter.Commit();
        }

        var slots = state.SlotOf.Select(s => s >= 0 ? (int?)s : null).ToArray();
        var keep = new int?[problem.MeetingCount];
        for (var m = 0; m < problem.MeetingCount; m++)
            if (anchored[m] && state.SlotOf[m] == before.Slot[m])
                keep[m] = before.Location[m];
        var locations = new LocationAssigner().Assign(problem, slots, keep);
        var solution = HeuristicSolver.BuildSolution(problem, state.SlotOf, locations);
        var moves = RepairReport.Moves(instance, published, newIdOfPublished, solution, anchored, affectedReason);
        var unaffectedMoved = Enumerable.Range(0, problem.MeetingCount)
            .Count(m => anchored[m] && (slots[m] != before.Slot[m] || locations[m] != before.Location[m]));
        return new RepairResult
        {
            Solution = solution,
            Moves = moves,
            Unaffected = unaffected,
            UnaffectedMoved = unaffectedMoved,
            Affected = affectedReason.Count(r => r is not null),
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>Counts published meetings a chain moved away from their slot; false when that exceeds the budget.</summary>
    private static bool TrackMoves(MeetingInserter inserter, int mark, ScheduleState state, bool[] anchored,
        PublishedPlacement before, HashSet<int> moved, int budget)
    {
        var touched = inserter.ChangesSince(mark).Select(c => c.Meeting).Where(m => anchored[m]).Distinct().ToList();
        var next = new HashSet<int>(moved);
        foreach (var m in touched)
        {
            if (state.SlotOf[m] == before.Slot[m])
                next.Remove(m);
            else
                next.Add(m);
        }
        if (next.Count > budget)
            return false;
        moved.Clear();
        moved.UnionWith(next);
        return true;
    }

    private static string WhyNotKept(ScheduleState state, int meeting, int slot)
    {
        var problem = state.Problem;
        var instance = problem.Instance;
        if (slot < 0 || slot >= problem.SlotCount)
            return "published slot no longer exists";
        var m = instance.Meetings[meeting];
        if (m.PinnedSlot is { } pin && pin != slot)
            return $"now pinned to slot {pin}";
        foreach (var p in m.Participants)
            if (instance.Participants[p].ForbiddenSlots.Contains(slot))
                return $"participant {instance.Participants[p].Name} no longer available";
        if (!SlotBits.Get(problem.Allowed, meeting * problem.Words, slot))
            return "session restriction changed";
        foreach (var p in problem.ParticipantsOf(meeting))
            if (state.BusyMeeting(p, slot) >= 0)
                return $"participant {instance.Participants[p].Name} double-booked";
        return "no table free or precedence not met";
    }
}
