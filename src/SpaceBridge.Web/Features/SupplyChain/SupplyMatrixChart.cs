using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>
/// The capability x country matrix as inline SVG: a cell's shade and number say how many organizations of the forum
/// supply the capability from that country; a red frame marks a country that some dependents rely on alone. Drawn
/// with presentation attributes only (the content security policy allows no inline style).
/// </summary>
public static class SupplyMatrixChart
{
    private const int LabelWidth = 210, Cell = 46, RowHeight = 30, HeaderHeight = 30;

    public static IHtmlContent Render(SupplyChainMap map, CultureInfo culture, string label)
    {
        var width = LabelWidth + Math.Max(1, map.Countries.Count) * Cell + 10;
        var height = HeaderHeight + Math.Max(1, map.Capabilities.Count) * RowHeight + 10;
        var max = Math.Max(1, map.Capabilities.SelectMany(c => c.Suppliers).Select(s => s.Count).DefaultIfEmpty(1).Max());
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"supply-matrix\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var j = 0; j < map.Countries.Count; j++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + j * Cell + Cell / 2}\" y=\"20\" font-size=\"13\" text-anchor=\"middle\" font-weight=\"bold\">{map.Countries[j]}</text>");
        }
        for (var i = 0; i < map.Capabilities.Count; i++)
        {
            var c = map.Capabilities[i];
            var y = HeaderHeight + i * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 19}\" font-size=\"13\">{WebUtility.HtmlEncode(Trim(c.Name.In(culture)))}</text>");
            var flagged = c.Flagged.Select(f => f.SupplierCountryCode).ToHashSet();
            for (var j = 0; j < map.Countries.Count; j++)
            {
                var n = c.SuppliersIn(map.Countries[j]);
                var x = LabelWidth + j * Cell;
                var fill = n == 0 ? "#f2f4f7" : Shade((double)n / max);
                var stroke = flagged.Contains(map.Countries[j]) ? "stroke=\"#b00020\" stroke-width=\"3\"" : "stroke=\"#ffffff\" stroke-width=\"1\"";
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + 2}\" y=\"{y + 2}\" width=\"{Cell - 4}\" height=\"{RowHeight - 4}\" fill=\"{fill}\" {stroke}></rect>");
                if (n > 0)
                {
                    var ink = (double)n / max > 0.5 ? "#ffffff" : "#102a43";
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + Cell / 2}\" y=\"{y + 20}\" font-size=\"13\" text-anchor=\"middle\" fill=\"{ink}\">{n}</text>");
                }
                else if (flagged.Contains(map.Countries[j]))
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + Cell / 2}\" y=\"{y + 20}\" font-size=\"13\" text-anchor=\"middle\" fill=\"#b00020\">!</text>");
                }
            }
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Trim(string text) => text.Length <= 28 ? text : text[..27] + "…";

    /// <summary>From a light to a dark blue as the share grows.</summary>
    private static string Shade(double share)
    {
        var t = 0.25 + 0.75 * Math.Clamp(share, 0, 1);
        int Mix(int light, int dark) => (int)Math.Round(light + (dark - light) * t);
        return $"#{Mix(0xd6, 0x1d):x2}{Mix(0xe4, 0x4f):x2}{Mix(0xf5, 0x91):x2}";
    }
}
