using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Heuristics;

/// <summary>Hard-constraint checks for solver output: the independent validator plus what it leaves to the solver (one assignment per meeting, booths).</summary>
public static class ScheduleChecks
{
    public static ValidationReport AssertValid(Instance instance, Solution solution)
    {
        Assert.Equal(Enumerable.Range(0, instance.Meetings.Count), solution.Assignments.Select(a => a.Meeting).Order());
        var report = ScheduleValidator.Validate(instance, solution);
        Assert.True(report.IsValid, string.Join("; ", report.Violations.Take(5).Select(v => v.Message)));
        foreach (var a in solution.Assignments)
        {
            var meeting = instance.Meetings[a.Meeting];
            if (!a.IsScheduled)
            {
                Assert.False(string.IsNullOrWhiteSpace(a.UnscheduledReason));
                continue;
            }
            var home = meeting.Participants.Select(p => instance.Participants[p].HomeLocation).FirstOrDefault(h => h is not null);
            if (meeting.PinnedLocation is null && home is not null)
                Assert.Equal(home, a.Location);
        }
        return report;
    }
}
