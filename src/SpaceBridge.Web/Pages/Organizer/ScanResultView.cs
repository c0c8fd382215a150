using SpaceBridge.Web.Features.CheckIn;

namespace SpaceBridge.Web.Pages.Organizer;

public sealed record ScanResultView(ScanOutcome? Outcome, ScanMessage? Message);
