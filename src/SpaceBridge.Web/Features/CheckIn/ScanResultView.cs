namespace SpaceBridge.Web.Features.CheckIn;

public sealed record ScanResultView(ScanOutcome? Outcome, ScanMessage? Message);
