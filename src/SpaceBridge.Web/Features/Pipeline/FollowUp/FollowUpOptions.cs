namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>Settings of the follow-up jobs: section "Pipeline".</summary>
public sealed class FollowUpOptions
{
    /// <summary>An initiative with no change for this many days is stale: its parties' members get one reminder.</summary>
    public int StaleAfterDays { get; set; } = 30;

    /// <summary>How long after its due date (3 or 6 months after the event) an outcome survey is still sent.</summary>
    public int SurveyWindowDays { get; set; } = 30;

    /// <summary>How often the follow-up sweep looks for due surveys, stale initiatives and unfinished batches.</summary>
    public int SweepIntervalMinutes { get; set; } = 60;

    /// <summary>A recipient claimed longer ago than this by a node that did not finish is claimed again.</summary>
    public int ClaimTimeoutSeconds { get; set; } = 120;

    /// <summary>Pause between two mails of a batch, to stay under a mail server's rate limit.</summary>
    public int SendDelayMilliseconds { get; set; }
}
