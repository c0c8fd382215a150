namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>One badge scan as the scanning device sends it: its own id for the scan, the QR text, and what staff noted.</summary>
public sealed record LeadScan(string ClientScanId, string? Token, DateTime? ScannedAtUtc, int? Rating, string? Notes);

public enum LeadScanResult { Recorded, Existing, InvalidToken, UnknownBadge, OtherEvent, NotApproved }

/// <summary>What a scan did: stored a new lead, found the lead it had stored before (or the visitor's earlier lead), or nothing, and why.</summary>
public sealed record LeadScanOutcome(LeadScanResult Result, string ClientScanId, Lead? Lead = null)
{
    public bool Stored => Result is LeadScanResult.Recorded or LeadScanResult.Existing;
}
