using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;

namespace SpaceBridge.Web.Features.Pipeline.Dashboard;

public sealed record Bar(string Label, int Count);

/// <summary>A horizontal bar chart as inline SVG, drawn on the server; the page shows the same figures in a table beside it.</summary>
public static class BarChart
{
    public static IHtmlContent Render(IReadOnlyList<Bar> bars, string label)
    {
        const int rowHeight = 28, labelWidth = 180, barWidth = 200;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Count));
        var height = Math.Max(1, bars.Count) * rowHeight;
        var svg = new System.Text.StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"bar-chart\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" viewBox=\"0 0 {labelWidth + barWidth + 40} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = i * rowHeight;
            var w = (int)Math.Round((double)bars[i].Count / max * barWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 18}\" font-size=\"13\">{WebUtility.HtmlEncode(Fit(bars[i].Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 5}\" width=\"{w}\" height=\"18\" fill=\"#1d4f91\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + w + 6}\" y=\"{y + 18}\" font-size=\"13\">{bars[i].Count}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A label cut to the chart's label column; the table beside the chart has it whole.</summary>
    private static string Fit(string label) => label.Length <= 24 ? label : string.Concat(label.AsSpan(0, 23), "…");
}
