using System.Globalization;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SpaceBridge.Web.Features.Badges;
using SpaceBridge.Web.Features.Shared;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>
/// The post-event report as an A4 PDF in both languages: every heading and label in English and Korean, each breakdown
/// as a chart (bars, or a line over the day) followed by its figures, then initiatives and statement commitments. Nanum
/// Gothic is embedded (resolved as for badges), so Hangul shows on any reader.
/// </summary>
public sealed class ReportPdf(BadgeFonts fonts, IStringLocalizer<SharedResource> l)
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en"), Ko = CultureInfo.GetCultureInfo("ko");
    private const double Margin = 50;

    public byte[] Render(ForumReport report)
    {
        using var document = new PdfDocument();
        document.Info.Title = report.ForumName.En ?? report.ForumName.Ko ?? "Report";
        document.Info.Creator = "SpaceBridge";
        var w = new Writer(document, fonts.Family);
        string Both(string key) => $"{ReportLabels.InCulture(En, () => l[key].Value)} / {ReportLabels.InCulture(Ko, () => l[key].Value)}";
        string Count(int? n) => n is { } v ? v.ToString("N0", CultureInfo.InvariantCulture)
            : $"{ReportLabels.InCulture(En, () => l["Privacy.FewerThan5"].Value)} / {ReportLabels.InCulture(Ko, () => l["Privacy.FewerThan5"].Value)}";

        w.Text(Both("Report.Title"), 16, bold: true);
        w.Text($"{report.ForumName.En} / {report.ForumName.Ko}", 12, bold: true);
        w.Text($"{Both("Report.GeneratedAt")}: {report.GeneratedAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC", 9, bold: false);
        w.Space(10);

        var figure = 0;
        foreach (var section in report.Sections)
        {
            var title = $"{ReportLabels.Title(section, l, En)} / {ReportLabels.Title(section, l, Ko)}";
            var rows = section.Rows.Select(r => (Label: Label(r), r.Count)).ToList();
            w.KeepTogether(60 + Math.Min(rows.Count, 12) * 16);
            w.Text(title, 12, bold: true);
            if (rows.Count == 0)
            {
                w.Text(Both("Report.NoData"), 9, bold: false);
                w.Space(8);
                continue;
            }
            figure++;
            w.Text($"{ReportLabels.InCulture(En, () => l["Report.Pdf.Chart", figure].Value)} / {ReportLabels.InCulture(Ko, () => l["Report.Pdf.Chart", figure].Value)}", 8, bold: false);
            if (section.Chart == ReportChart.Line) w.LineChart(rows.Select(r => (r.Label, r.Count ?? 0)).ToList());
            else w.BarChart(rows.Select(r => (r.Label, r.Count ?? 0, Count(r.Count))).ToList());
            if (section.Chart == ReportChart.Line)
            {
                foreach (var r in rows) w.Row(r.Label, Count(r.Count));
            }
            w.Space(10);
        }

        w.KeepTogether(80);
        w.Text(Both("Report.Initiatives"), 12, bold: true);
        if (report.Initiatives.Count == 0) w.Text(Both("Report.NoData"), 9, bold: false);
        foreach (var i in report.Initiatives)
        {
            w.Row($"{i.Title.En ?? i.Title.Ko} / {i.Title.Ko ?? i.Title.En}",
                $"{ReportLabels.InCulture(En, () => l[$"InitiativeStage.{i.Stage}"].Value)} / {ReportLabels.InCulture(Ko, () => l[$"InitiativeStage.{i.Stage}"].Value)}");
        }
        w.Space(10);
        w.KeepTogether(80);
        w.Text(Both("Report.Commitments"), 12, bold: true);
        if (report.Commitments.Count == 0) w.Text(Both("Report.NoData"), 9, bold: false);
        foreach (var c in report.Commitments)
        {
            var status = $"{ReportLabels.InCulture(En, () => l[$"Statement.Status.{c.StatementStatus}"].Value)} / {ReportLabels.InCulture(Ko, () => l[$"Statement.Status.{c.StatementStatus}"].Value)}";
            w.Text($"{c.Number}. {c.Text.En}", 9, bold: false);
            if (c.Text.Ko is { } ko) w.Text($"{c.Number}. {ko}", 9, bold: false);
            w.Text($"{status}{(c.DueDate is { } due ? " · " + due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}{(c.Owner is { } o ? " · " + (o.En ?? o.Ko) : "")}", 8, bold: false);
            w.Space(4);
        }
        if (!report.Exact)
        {
            w.Space(8);
            w.Text(Both("Privacy.AggregatesOnly"), 8, bold: false);
        }
        w.Finish();

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();

        string Label(ReportRow r)
        {
            var en = ReportLabels.Of(r, l, En);
            var ko = ReportLabels.Of(r, l, Ko);
            return en == ko ? en : $"{en} / {ko}";
        }
    }

    /// <summary>Writes down the pages, starting a new one when the next block would not fit.</summary>
    private sealed class Writer(PdfDocument document, string family)
    {
        private PdfPage? _page;
        private XGraphics? _gfx;
        private double _y;
        private double Width => _page!.Width.Point - 2 * Margin;
        private double Bottom => _page!.Height.Point - Margin;
        private static readonly XColor Blue = XColor.FromArgb(0x1d, 0x4f, 0x91);

        public void Text(string text, double size, bool bold)
        {
            Ensure();
            var font = new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            foreach (var line in Wrap(text, font, Width))
            {
                Fit(font.GetHeight() * 1.3);
                _gfx!.DrawString(line, font, XBrushes.Black, new XPoint(Margin, _y + font.GetHeight()));
                _y += font.GetHeight() * 1.3;
            }
        }

        public void Row(string label, string value)
        {
            Ensure();
            var font = new XFont(family, 9, XFontStyleEx.Regular);
            Fit(font.GetHeight() * 1.3);
            var labelWidth = Width * 0.68;
            // A long label wraps under itself rather than being cut, so the whole title can be read and copied.
            var lines = Wrap(label, font, labelWidth);
            var lineHeight = font.GetHeight() * 1.3;
            Fit(lineHeight * lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                _gfx!.DrawString(lines[i], font, XBrushes.Black, new XPoint(Margin, _y + font.GetHeight()));
                if (i == 0)
                {
                    _gfx.DrawString(value, font, XBrushes.Black, new XPoint(Margin + labelWidth + 8, _y + font.GetHeight()));
                }
                _y += lineHeight;
            }
        }

        public void BarChart(IReadOnlyList<(string Label, int Value, string Text)> bars)
        {
            Ensure();
            var font = new XFont(family, 8.5, XFontStyleEx.Regular);
            const double rowHeight = 15;
            var labelWidth = Width * 0.42;
            var barMax = Width * 0.36;
            var max = Math.Max(1, bars.Max(b => b.Value));
            var lineHeight = font.GetHeight() * 1.2;
            foreach (var (label, value, text) in bars)
            {
                var lines = Wrap(label, font, labelWidth - 6);
                var height = Math.Max(rowHeight, rowHeight + (lines.Count - 1) * lineHeight);
                Fit(height);
                for (var i = 0; i < lines.Count; i++)
                {
                    _gfx!.DrawString(lines[i], font, XBrushes.Black, new XPoint(Margin, _y + 11 + i * lineHeight));
                }
                var width = value / (double)max * barMax;
                if (width > 0) _gfx!.DrawRectangle(new XSolidBrush(Blue), Margin + labelWidth, _y + 2, width, rowHeight - 4);
                _gfx!.DrawString(text, font, XBrushes.Black, new XPoint(Margin + labelWidth + width + 5, _y + 11));
                _y += height;
            }
        }

        public void LineChart(IReadOnlyList<(string Label, int Value)> points)
        {
            Ensure();
            const double height = 120;
            Fit(height + 24);
            var font = new XFont(family, 7.5, XFontStyleEx.Regular);
            var left = Margin + 24;
            var width = Width - 30;
            var max = Math.Max(1, points.Max(p => p.Value));
            var axis = new XPen(XColors.DimGray, 0.7);
            _gfx!.DrawLine(axis, left, _y + height, left + width, _y + height);
            _gfx.DrawLine(axis, left, _y, left, _y + height);
            _gfx.DrawString(max.ToString(CultureInfo.InvariantCulture), font, XBrushes.Black, new XPoint(Margin, _y + 8));
            _gfx.DrawString("0", font, XBrushes.Black, new XPoint(Margin, _y + height));
            double X(int i) => left + (points.Count <= 1 ? width / 2 : i * width / (points.Count - 1));
            double Y(int v) => _y + height - v / (double)max * (height - 6);
            var line = new XPen(Blue, 1.8);
            for (var i = 1; i < points.Count; i++) _gfx.DrawLine(line, X(i - 1), Y(points[i - 1].Value), X(i), Y(points[i].Value));
            var every = Math.Max(1, (int)Math.Ceiling(points.Count / 6.0));
            for (var i = 0; i < points.Count; i++)
            {
                _gfx.DrawEllipse(new XSolidBrush(Blue), X(i) - 2, Y(points[i].Value) - 2, 4, 4);
                if (i % every == 0)
                {
                    var tick = points[i].Label.Length > 5 ? points[i].Label[^5..] : points[i].Label;
                    _gfx.DrawString(tick, font, XBrushes.Black, new XPoint(X(i) - 10, _y + height + 11));
                }
            }
            _y += height + 20;
        }

        public void Space(double points)
        {
            Ensure();
            _y += points;
        }

        public void KeepTogether(double points)
        {
            Ensure();
            if (_y + points > Bottom && _y > Margin + 1) NewPage();
        }

        public void Finish()
        {
            _gfx?.Dispose();
            var font = new XFont(family, 8, XFontStyleEx.Regular);
            for (var i = 0; i < document.PageCount; i++)
            {
                var page = document.Pages[i];
                using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
                gfx.DrawString($"{i + 1} / {document.PageCount}", font, XBrushes.DimGray,
                    new XRect(0, page.Height.Point - Margin + 16, page.Width.Point, 12), XStringFormats.TopCenter);
            }
        }

        private void Fit(double height)
        {
            if (_y + height > Bottom) NewPage();
        }

        private void Ensure()
        {
            if (_page is null) NewPage();
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (_gfx!.MeasureString(candidate, font).Width <= width || line.Length == 0)
                {
                    line = candidate;
                    continue;
                }
                lines.Add(line);
                line = word;
            }
            lines.Add(line);
            return lines.SelectMany(l => Break(l, font, width)).ToList();
        }

        /// <summary>A line that is still too wide (one long word) is cut by characters over several lines, never dropped.</summary>
        private IEnumerable<string> Break(string line, XFont font, double width)
        {
            while (line.Length > 1 && _gfx!.MeasureString(line, font).Width > width)
            {
                var cut = line.Length - 1;
                while (cut > 1 && _gfx.MeasureString(line[..cut], font).Width > width) cut--;
                yield return line[..cut];
                line = line[cut..];
            }
            yield return line;
        }
    }
}
