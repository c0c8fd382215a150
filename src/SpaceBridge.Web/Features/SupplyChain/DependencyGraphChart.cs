using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>
/// The dependency graph as inline SVG: supplier countries on the left, capabilities that organizations depend on at
/// right. A solid line is sourcing (red where a dependency rests on that country alone); a dashed green line joins a
/// capability to a partner country that could supply it instead.
/// </summary>
public static class DependencyGraphChart
{
    private const int Width = 640, RowHeight = 34, Top = 20, LeftX = 70, RightX = 400;

    public static IHtmlContent Render(SupplyChainMap map, CultureInfo culture, string label)
    {
        var capabilities = map.Capabilities.Where(c => c.Sourcing.Count > 0).ToList();
        var countries = capabilities.SelectMany(c => c.Sourcing.Select(s => s.CountryCode))
            .Concat(capabilities.SelectMany(c => c.Flagged.SelectMany(f => f.Alternatives.Select(a => a.CountryCode))))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = Math.Max(1, Math.Max(countries.Count, capabilities.Count));
        var height = Top * 2 + rows * RowHeight;
        double Y(int index, int count) => Top + (rows * RowHeight) * (index + 0.5) / Math.Max(1, count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"dependency-graph\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var i = 0; i < capabilities.Count; i++)
        {
            var c = capabilities[i];
            var y2 = Y(i, capabilities.Count);
            var flagged = c.Flagged.Select(f => f.SupplierCountryCode).ToHashSet();
            foreach (var s in c.Sourcing)
            {
                var y1 = Y(countries.IndexOf(s.CountryCode), countries.Count);
                var width = s.Count is { } n ? Math.Min(8, 1 + n) : 2;
                var colour = flagged.Contains(s.CountryCode) ? "#b00020" : "#1d4f91";
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{LeftX + 24}\" y1=\"{y1:0.#}\" x2=\"{RightX - 6}\" y2=\"{y2:0.#}\" stroke=\"{colour}\" stroke-width=\"{width}\"></line>");
            }
            foreach (var alt in c.Flagged.SelectMany(f => f.Alternatives).Select(a => a.CountryCode).Distinct())
            {
                var y1 = Y(countries.IndexOf(alt), countries.Count);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{LeftX + 24}\" y1=\"{y1:0.#}\" x2=\"{RightX - 6}\" y2=\"{y2:0.#}\" stroke=\"#2e7d32\" stroke-width=\"2\" stroke-dasharray=\"6 4\"></line>");
            }
        }
        for (var i = 0; i < countries.Count; i++)
        {
            var y = Y(i, countries.Count);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{LeftX}\" cy=\"{y:0.#}\" r=\"22\" fill=\"#e8eef7\" stroke=\"#1d4f91\"></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LeftX}\" y=\"{y + 5:0.#}\" font-size=\"14\" text-anchor=\"middle\" font-weight=\"bold\">{countries[i]}</text>");
        }
        for (var i = 0; i < capabilities.Count; i++)
        {
            var y = Y(i, capabilities.Count);
            var name = capabilities[i].Name.In(culture);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{RightX - 6}\" y=\"{y - 12:0.#}\" width=\"8\" height=\"24\" fill=\"#1d4f91\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{RightX + 10}\" y=\"{y + 5:0.#}\" font-size=\"14\">{WebUtility.HtmlEncode(name.Length <= 30 ? name : name[..29] + "…")}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
