using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using ZXing;
using ZXing.Common;

namespace SpaceBridge.Web.Tests.Features.Badges;

/// <summary>
/// Reads a generated PDF back the way a printer or a scanner would see it: the images on each page (decoded
/// from their raw samples into QR codes with ZXing) and the text the embedded fonts can map back to Unicode.
/// </summary>
public static class PdfInspector
{
    /// <summary>The text of every QR code image, page by page, in drawing order.</summary>
    public static List<List<string>> QrCodesByPage(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var pages = new List<List<string>>();
        foreach (var page in document.Pages)
        {
            var codes = new List<string>();
            var xObjects = page.Resources.Elements.GetDictionary("/XObject");
            foreach (var key in ImageNamesInDrawingOrder(page, xObjects))
            {
                if (xObjects!.Elements.GetObject(key) is PdfDictionary image && image.Elements.GetName("/Subtype") == "/Image")
                {
                    codes.Add(Decode(image));
                }
            }
            pages.Add(codes);
        }
        return pages;
    }

    /// <summary>Every code point the PDF's fonts map back to Unicode (their ToUnicode tables).</summary>
    public static HashSet<int> MappedCodePoints(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var points = new HashSet<int>();
        for (var i = 0; i < document.Internals.GetAllObjects().Length; i++)
        {
            if (document.Internals.GetAllObjects()[i] is PdfDictionary { Stream: not null } dict && dict.Elements.ContainsKey("/Length"))
            {
                var text = System.Text.Encoding.ASCII.GetString(Unfiltered(dict));
                if (!text.Contains("beginbfrange", StringComparison.Ordinal) && !text.Contains("beginbfchar", StringComparison.Ordinal))
                {
                    continue;
                }
                foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, "<([0-9A-Fa-f]{4})>"))
                {
                    points.Add(Convert.ToInt32(m.Groups[1].Value, 16));
                }
            }
        }
        return points;
    }

    private static IEnumerable<string> ImageNamesInDrawingOrder(PdfPage page, PdfDictionary? xObjects)
    {
        if (xObjects is null)
        {
            return [];
        }
        var content = string.Concat(page.Contents.Elements.Select(e => e is PdfReference r ? r.Value : e)
            .OfType<PdfDictionary>().Select(d => System.Text.Encoding.Latin1.GetString(Unfiltered(d))));
        return System.Text.RegularExpressions.Regex.Matches(content, @"(/[A-Za-z0-9]+)\s+Do\b").Select(m => m.Groups[1].Value)
            .Where(xObjects.Elements.ContainsKey);
    }

    private static byte[] Unfiltered(PdfDictionary dict)
    {
        return dict.Stream!.UnfilteredValue;
    }

    private static string Decode(PdfDictionary image)
    {
        var width = image.Elements.GetInteger("/Width");
        var height = image.Elements.GetInteger("/Height");
        var bits = image.Elements.GetInteger("/BitsPerComponent");
        var samples = Unfiltered(image);
        var gray = ToGray(image, samples, width, height, bits);
        var source = new RGBLuminanceSource(gray, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        // A generated, axis-aligned code decodes most reliably as a pure barcode; fall back to the general detector.
        var pure = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], PureBarcode = true } };
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        return pure.Decode(source)?.Text ?? reader.Decode(source)?.Text ?? throw new Xunit.Sdk.XunitException($"No QR code found in a {width}x{height} image.");
    }

    /// <summary>One luminance byte per pixel from DeviceGray, DeviceRGB or Indexed samples of 1 to 8 bits.</summary>
    private static byte[] ToGray(PdfDictionary image, byte[] samples, int width, int height, int bits)
    {
        var colorSpace = image.Elements["/ColorSpace"] is PdfReference reference ? reference.Value : image.Elements["/ColorSpace"];
        byte[]? palette = null;
        var components = 1;
        if (colorSpace is PdfArray array && array.Elements.GetName(0) == "/Indexed")
        {
            var lookup = array.Elements[3] is PdfReference r ? r.Value : array.Elements[3];
            palette = lookup switch
            {
                PdfString s => s.Value.Select(c => (byte)c).ToArray(),
                PdfDictionary d => Unfiltered(d),
                _ => throw new Xunit.Sdk.XunitException($"Unexpected palette {lookup}"),
            };
        }
        else if (colorSpace is PdfName { Value: "/DeviceRGB" })
        {
            components = 3;
        }
        var rowBytes = (width * components * bits + 7) / 8;
        var gray = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                int Sample(int c)
                {
                    var bitIndex = (x * components + c) * bits;
                    var b = samples[y * rowBytes + bitIndex / 8];
                    return bits == 8 ? b : (b >> (8 - bits - bitIndex % 8)) & ((1 << bits) - 1);
                }
                int value;
                if (palette is not null)
                {
                    var i = Sample(0) * 3;
                    value = (palette[i] + palette[i + 1] + palette[i + 2]) / 3;
                }
                else if (components == 3)
                {
                    value = (Sample(0) + Sample(1) + Sample(2)) / 3;
                }
                else
                {
                    value = Sample(0) * 255 / ((1 << bits) - 1);
                }
                gray[y * width + x] = (byte)value;
            }
        }
        return gray;
    }
}
