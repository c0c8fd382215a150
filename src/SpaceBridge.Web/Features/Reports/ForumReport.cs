using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>
/// Every figure of a forum's dashboard and post-event report, computed once and drawn by the page, the PDF, the JSON and
/// the CSV alike. Counts are null ("fewer than 5") unless the reader is an organizer (<see cref="Exact"/>).
/// </summary>
public sealed record ForumReport(
    int ForumId,
    BilingualText ForumName,
    DateTime GeneratedAtUtc,
    bool Exact,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<ReportInitiative> Initiatives,
    IReadOnlyList<ReportCommitment> Commitments)
{
    public ReportSection Section(string key) => Sections.Single(s => s.Key == key);

    [System.Text.Json.Serialization.JsonIgnore] public ReportSection Headline => Section("headline");
}

/// <summary>One breakdown (registrations by status, check-ins by hour, ...): its rows, drawn as bars or as a line over time.</summary>
public sealed record ReportSection(string Key, string TitleKey, ReportChart Chart, IReadOnlyList<ReportRow> Rows)
{
    /// <summary>The sections the live dashboard shows; the report adds the rest.</summary>
    public bool OnDashboard => Key is not ("topics" or "country-pairs" or "survey");
}

public enum ReportChart { Bars, Line }

/// <summary>One row: a stable key, its label (a resource key, a bilingual name, or the key itself) and the count as the reader may see it.</summary>
public sealed record ReportRow(string Key, int? Count, string? LabelKey = null, BilingualText? Name = null);

public sealed record ReportInitiative(int Id, BilingualText Title, string Kind, string Stage, string Visibility);

public sealed record ReportCommitment(BilingualText Statement, string StatementStatus, int Number, BilingualText Text, BilingualText? Owner, DateOnly? DueDate);
