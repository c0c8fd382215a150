namespace SpaceBridge.Web.Features.Reports;

/// <summary>
/// One run of the report PDF job: its progress (which the report page polls) and, once done, the PDF itself, kept in the
/// database so every node serves the same file.
/// </summary>
public class ReportDocument
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public ReportDocumentStatus Status { get; set; }
    /// <summary>0 to 100.</summary>
    public int Progress { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public string RequestedBy { get; set; } = "";
    public byte[]? Pdf { get; set; }
    public string? Error { get; set; }
}
