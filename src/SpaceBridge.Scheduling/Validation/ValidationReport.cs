namespace SpaceBridge.Scheduling.Validation;

public sealed record ValidationReport(IReadOnlyList<Violation> Violations, ScheduleMetrics Metrics)
{
    public bool IsValid => Violations.Count == 0;
}
