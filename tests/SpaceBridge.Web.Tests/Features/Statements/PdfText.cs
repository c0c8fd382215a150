using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace SpaceBridge.Web.Tests.Features.Statements;

/// <summary>
/// The text a reader would copy out of a PDF written with PDFsharp: the glyph ids of every hex string shown on a page,
/// mapped back to Unicode through the fonts' ToUnicode tables (bfchar and bfrange). One string per page.
/// </summary>
public static partial class PdfText
{
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var map = new Dictionary<int, string>();
        foreach (var obj in document.Internals.GetAllObjects())
        {
            if (obj is PdfDictionary { Stream: not null } dict)
            {
                var text = Encoding.ASCII.GetString(dict.Stream.UnfilteredValue);
                if (text.Contains("begincmap", StringComparison.Ordinal))
                {
                    ReadCMap(text, map);
                }
            }
        }
        var pages = new List<string>();
        foreach (var page in document.Pages)
        {
            var content = string.Concat(page.Contents.Elements.Select(e => e is PdfReference r ? r.Value : e)
                .OfType<PdfDictionary>().Select(d => Encoding.Latin1.GetString(d.Stream!.UnfilteredValue)));
            var builder = new StringBuilder();
            foreach (Match m in Shown().Matches(content))
            {
                if (m.Groups["literal"].Success)
                {
                    // Strings of Latin letters only are drawn with a single-byte encoding as literal strings.
                    builder.Append(Regex.Replace(m.Groups["literal"].Value, @"\\([()\\])", "$1")).Append('\n');
                    continue;
                }
                var hex = m.Groups["hex"].Value;
                for (var i = 0; i + 4 <= hex.Length; i += 4)
                {
                    builder.Append(map.GetValueOrDefault(Convert.ToInt32(hex.Substring(i, 4), 16), "\uFFFD"));
                }
                builder.Append('\n');
            }
            pages.Add(builder.ToString());
        }
        return pages;
    }

    private static void ReadCMap(string cmap, Dictionary<int, string> map)
    {
        foreach (Match block in Regex.Matches(cmap, @"beginbfchar(.*?)endbfchar", RegexOptions.Singleline))
        {
            foreach (Match m in Regex.Matches(block.Groups[1].Value, @"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>"))
            {
                map[Convert.ToInt32(m.Groups[1].Value, 16)] = Utf16(m.Groups[2].Value);
            }
        }
        foreach (Match block in Regex.Matches(cmap, @"beginbfrange(.*?)endbfrange", RegexOptions.Singleline))
        {
            foreach (Match m in Regex.Matches(block.Groups[1].Value, @"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>"))
            {
                var lo = Convert.ToInt32(m.Groups[1].Value, 16);
                var hi = Convert.ToInt32(m.Groups[2].Value, 16);
                var dst = Convert.ToInt32(m.Groups[3].Value, 16);
                for (var g = lo; g <= hi; g++)
                {
                    map[g] = char.ConvertFromUtf32(dst + g - lo);
                }
            }
        }
    }

    private static string Utf16(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        return Encoding.BigEndianUnicode.GetString(bytes);
    }

    [GeneratedRegex(@"(?:<(?<hex>[0-9A-Fa-f]+)>|\((?<literal>(?:\\.|[^\\)])*)\))\s*Tj")]
    private static partial Regex Shown();
}
