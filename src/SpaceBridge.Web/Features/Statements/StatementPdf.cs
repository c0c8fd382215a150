using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SpaceBridge.Web.Features.Badges;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// An adopted statement as an A4 PDF: English and Korean side by side clause by clause, in Nanum Gothic (embedded,
/// resolved as for badges), the place and date, the signatory block, and "page n of N" on every page.
/// </summary>
public sealed class StatementPdf(BadgeFonts fonts)
{
    private const double Margin = 56;
    private const double Gutter = 18;

    public sealed record Signature(string? NameEn, string? NameKo, string? TitleEn, string? TitleKo, string? OrganizationEn, string? OrganizationKo);

    public byte[] Render(JointStatement statement, StatementContent content, IReadOnlyList<Signature> signatures)
    {
        var family = fonts.Family;
        using var document = new PdfDocument();
        document.Info.Title = content.Title.En ?? content.Title.Ko ?? "Joint statement";
        document.Info.Creator = "SpaceBridge";
        var writer = new Writer(document, family);

        writer.Columns(content.Title.En, content.Title.Ko, 15, bold: true);
        if (statement.IsIllustrative)
        {
            writer.Columns(Illustrative.En, Illustrative.Ko, 9, bold: true);
        }
        writer.Columns($"Version {statement.AdoptedVersion ?? statement.CurrentVersion}",
            $"버전 {statement.AdoptedVersion ?? statement.CurrentVersion}", 8, bold: false);
        writer.Space(10);
        var number = 0;
        foreach (var clause in content.Clauses)
        {
            var prefix = clause.Kind == ClauseKind.Preamble ? "" : $"{++number}. ";
            writer.Columns(prefix + clause.Text.En, prefix + clause.Text.Ko, 10.5, bold: false);
            writer.Space(6);
        }
        writer.Space(12);
        var date = content.Date;
        writer.Columns($"{content.Place.En}, {date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
            $"{content.Place.Ko}, {date?.ToString("yyyy년 M월 d일", CultureInfo.InvariantCulture)}", 10.5, bold: false);
        writer.Space(24);
        foreach (var s in signatures)
        {
            writer.KeepTogether(70);
            writer.Rule();
            writer.Columns(s.NameEn, s.NameKo, 11, bold: true);
            writer.Columns(s.TitleEn, s.TitleKo, 9.5, bold: false);
            writer.Columns(s.OrganizationEn, s.OrganizationKo, 9.5, bold: false);
            writer.Space(18);
        }
        writer.Finish();

        var font = new XFont(family, 8, XFontStyleEx.Regular);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var label = $"{i + 1} / {document.PageCount}";
            gfx.DrawString(label, font, XBrushes.DimGray, new XRect(0, page.Height.Point - Margin + 16, page.Width.Point, 12), XStringFormats.TopCenter);
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>Writes two columns down the pages, starting a new page when the next block would not fit.</summary>
    private sealed class Writer(PdfDocument document, string family)
    {
        private PdfPage? _page;
        private XGraphics? _gfx;
        private double _y;

        private double Width => _page!.Width.Point - 2 * Margin;
        private double Bottom => _page!.Height.Point - Margin;

        public void Columns(string? left, string? right, double size, bool bold)
        {
            EnsurePage();
            var font = new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            var column = (Width - Gutter) / 2;
            var leftLines = Wrap(left ?? "", font, column);
            var rightLines = Wrap(right ?? "", font, column);
            var height = font.GetHeight() * 1.25;
            for (var i = 0; i < Math.Max(leftLines.Count, rightLines.Count); i++)
            {
                if (_y + height > Bottom)
                {
                    NewPage();
                }
                if (i < leftLines.Count)
                {
                    _gfx!.DrawString(leftLines[i], font, XBrushes.Black, new XPoint(Margin, _y + font.GetHeight()));
                }
                if (i < rightLines.Count)
                {
                    _gfx!.DrawString(rightLines[i], font, XBrushes.Black, new XPoint(Margin + column + Gutter, _y + font.GetHeight()));
                }
                _y += height;
            }
        }

        public void Space(double points)
        {
            EnsurePage();
            _y += points;
        }

        public void KeepTogether(double points)
        {
            EnsurePage();
            if (_y + points > Bottom)
            {
                NewPage();
            }
        }

        public void Rule()
        {
            EnsurePage();
            _gfx!.DrawLine(new XPen(XColors.Gray, 0.5), Margin, _y, Margin + (Width - Gutter) / 2, _y);
            _gfx.DrawLine(new XPen(XColors.Gray, 0.5), Margin + (Width + Gutter) / 2, _y, Margin + Width, _y);
            _y += 4;
        }

        public void Finish() => _gfx?.Dispose();

        private void EnsurePage()
        {
            if (_page is null)
            {
                NewPage();
            }
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
            foreach (var paragraph in text.Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (_gfx!.MeasureString(candidate, font).Width <= width)
                    {
                        line = candidate;
                        continue;
                    }
                    if (line.Length > 0)
                    {
                        lines.Add(line);
                    }
                    line = word;
                    // A word wider than the column is cut by characters.
                    while (_gfx.MeasureString(line, font).Width > width && line.Length > 1)
                    {
                        var cut = line.Length - 1;
                        while (cut > 1 && _gfx.MeasureString(line[..cut], font).Width > width)
                        {
                            cut--;
                        }
                        lines.Add(line[..cut]);
                        line = line[cut..];
                    }
                }
                lines.Add(line);
            }
            return lines;
        }
    }
}
