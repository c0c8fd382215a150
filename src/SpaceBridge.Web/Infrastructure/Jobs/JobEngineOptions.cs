namespace SpaceBridge.Web.Infrastructure.Jobs;

/// <summary>Settings of the job engine: section "Jobs".</summary>
public sealed class JobEngineOptions
{
    /// <summary>
    /// The cluster's name: every node sharing one database must use the same one (Quartz's SCHED_NAME). It must also be
    /// unique within one process, which only matters to tests that host several apps side by side.
    /// </summary>
    public string SchedulerName { get; set; } = "SpaceBridge";

    /// <summary>How often a node records in the database that it is alive; a node silent for longer is taken for dead and its jobs recovered.</summary>
    public double CheckinIntervalSeconds { get; set; } = 10;

    /// <summary>How long after a missed check-in the other nodes wait before recovering a node's jobs.</summary>
    public double CheckinMisfireThresholdSeconds { get; set; } = 20;

    /// <summary>Jobs that may run at once on one node.</summary>
    public int MaxConcurrentJobs { get; set; } = 4;

    /// <summary>How long a node without work waits before asking the database again.</summary>
    public double IdleWaitSeconds { get; set; } = 5;

    /// <summary>Whether this node runs jobs at all; a node that does not can still schedule them for the others.</summary>
    public bool RunJobs { get; set; } = true;
}
