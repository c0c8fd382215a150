namespace SpaceBridge.Web.Features.Reports;

public enum ReportDocumentStatus { Queued, Running, Done, Failed }
