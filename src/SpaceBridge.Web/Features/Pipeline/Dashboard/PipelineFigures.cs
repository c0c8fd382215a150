namespace SpaceBridge.Web.Features.Pipeline.Dashboard;

/// <summary>One row of a pipeline breakdown: how many initiatives, and their value per currency.</summary>
public sealed record PipelineRow(string Key, string Label, int Count, IReadOnlyDictionary<string, decimal> ValueByCurrency)
{
    public string Value => ValueByCurrency.Count == 0 ? "—"
        : string.Join("; ", ValueByCurrency.OrderBy(v => v.Key).Select(v => $"{v.Value.ToString("N0", System.Globalization.CultureInfo.CurrentUICulture)} {v.Key}"));
}
