using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// The text a reader would copy out of a PDF, read with PdfPig (a reader independent of PDFsharp, which writes our PDFs):
/// glyphs mapped to Unicode through each font's own ToUnicode table, grouped into lines by baseline. A line is split
/// where a gap wider than <see cref="ColumnGap"/> em separates two words (a space is about a third of an em), so
/// side-by-side columns stay apart.
/// </summary>
public static partial class PdfText
{
    private const double ColumnGap = 0.6;

    /// <summary>One string per page: its lines top to bottom, each line's parts left to right.</summary>
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join("\n", Lines(p).Select(l => l.Text))).ToList();
    }

    /// <summary>
    /// A two-column layout read column by column: every line left of <paramref name="split"/> (in points from the left
    /// edge; the middle of the page by default), page after page, then every line right of it. Lines that cross the
    /// split (a centred page number, a full-width paragraph) belong to neither.
    /// </summary>
    public static (string Left, string Right) Columns(byte[] pdf, double? split = null)
    {
        using var document = PdfDocument.Open(pdf);
        var left = new List<string>();
        var right = new List<string>();
        foreach (var page in document.GetPages())
        {
            var middle = split ?? page.Width / 2;
            foreach (var line in Lines(page))
            {
                if (line.Right <= middle)
                {
                    left.Add(line.Text);
                }
                else if (line.Left >= middle)
                {
                    right.Add(line.Text);
                }
            }
        }
        return (string.Join("\n", left), string.Join("\n", right));
    }

    /// <summary>Whitespace runs (line ends included) as single spaces, so wrapped text compares with its source.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private sealed record Line(double Left, double Right, string Text);

    private static List<Line> Lines(Page page)
    {
        var lines = new List<Line>();
        // Baselines within a point of each other are one line; PDF y grows upwards, so the top line has the largest y.
        foreach (var row in page.GetWords().Where(w => w.Letters.Count > 0)
                     .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
                     .OrderByDescending(g => g.Key))
        {
            var words = row.OrderBy(w => w.BoundingBox.Left).ToList();
            var start = 0;
            for (var i = 1; i <= words.Count; i++)
            {
                if (i == words.Count || words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right
                    > ColumnGap * Math.Max(words[i].Letters[0].PointSize, words[i - 1].Letters[0].PointSize))
                {
                    var part = words.GetRange(start, i - start);
                    lines.Add(new Line(part[0].BoundingBox.Left, part[^1].BoundingBox.Right, string.Join(" ", part.Select(w => w.Text))));
                    start = i;
                }
            }
        }
        return lines;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
