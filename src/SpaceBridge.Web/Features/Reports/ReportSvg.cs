using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>One point or bar of a chart: its label, its value, and the text written beside it ("12", "fewer than 5").</summary>
public sealed record ChartPoint(string Label, int Value, string Text);

/// <summary>
/// Report charts as inline SVG, drawn on the server in the way of the pipeline dashboard's bars (presentation
/// attributes only: the content security policy allows no inline style). A hidden count draws no bar, only its text.
/// </summary>
public static class ReportSvg
{
    public static IHtmlContent Render(ReportChart chart, IReadOnlyList<ChartPoint> points, string label) =>
        new HtmlString(chart == ReportChart.Line ? Line(points, label) : Bars(points, label));

    public static string Bars(IReadOnlyList<ChartPoint> points, string label)
    {
        const int rowHeight = 26, labelWidth = 190, barWidth = 220;
        var max = Math.Max(1, points.Select(p => p.Value).DefaultIfEmpty(0).Max());
        var height = Math.Max(1, points.Count) * rowHeight;
        var svg = Open("report-chart bar-chart", label, labelWidth + barWidth + 90, height);
        for (var i = 0; i < points.Count; i++)
        {
            var y = i * rowHeight;
            var w = (int)Math.Round((double)points[i].Value / max * barWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\" font-size=\"13\">{Encode(Trim(points[i].Label, 26))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{w}\" height=\"18\" fill=\"#1d4f91\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + w + 6}\" y=\"{y + 17}\" font-size=\"13\">{Encode(points[i].Text)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    public static string Line(IReadOnlyList<ChartPoint> points, string label)
    {
        const int width = 520, height = 220, left = 40, bottom = 40, top = 16, right = 16;
        var max = Math.Max(1, points.Select(p => p.Value).DefaultIfEmpty(0).Max());
        var svg = Open("report-chart line-chart", label, width, height);
        double X(int i) => left + (points.Count <= 1 ? (width - left - right) / 2.0 : i * (double)(width - left - right) / (points.Count - 1));
        double Y(int v) => height - bottom - (double)v / max * (height - bottom - top);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - right}\" y2=\"{height - bottom}\" stroke=\"#52606d\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{height - bottom}\" stroke=\"#52606d\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{top + 5}\" font-size=\"12\" text-anchor=\"end\">{max}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{height - bottom + 4}\" font-size=\"12\" text-anchor=\"end\">0</text>");
        if (points.Count > 0)
        {
            var path = string.Join(" ", points.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(p.Value):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{path}\" fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2.5\"></polyline>");
        }
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / 6.0));
        for (var i = 0; i < points.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.#}\" cy=\"{Y(points[i].Value):0.#}\" r=\"3.5\" fill=\"#1d4f91\"></circle>");
            if (i % every == 0)
            {
                // The hour only: the table beside the chart gives the full date.
                var tick = points[i].Label.Length > 5 ? points[i].Label[^5..] : points[i].Label;
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.#}\" y=\"{height - bottom + 18}\" font-size=\"12\" text-anchor=\"middle\">{Encode(tick)}</text>");
            }
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string cssClass, string label, int width, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg class=\"{cssClass}\" role=\"img\" aria-label=\"{Encode(label)}\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
