using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SpaceBridge.Web.Features.Badges;

/// <summary>
/// Prints badges on A4: four A6 badges per page (2 x 2) with cut lines, in the order given. Text is set in
/// Nanum Gothic, embedded as a subset, so Hangul prints on any machine.
/// </summary>
public sealed class BadgePdf(BadgeFonts fonts, BadgeSigner signer, BadgeLabels labels)
{
    public const string ContentType = "application/pdf";
    private const int Columns = 2;
    private const int Rows = 2;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public byte[] Render(IReadOnlyList<BadgeCard> cards, string title)
    {
        var family = fonts.Family;
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "SpaceBridge";
        var images = new List<XImage>();
        try
        {
            for (var first = 0; first < Math.Max(cards.Count, 1); first += Columns * Rows)
            {
                var page = document.AddPage();
                page.Size = PageSize.A4;
                using var gfx = XGraphics.FromPdfPage(page);
                var cellWidth = page.Width.Point / Columns;
                var cellHeight = page.Height.Point / Rows;
                DrawCutLines(gfx, page.Width.Point, page.Height.Point, cellWidth, cellHeight);
                foreach (var (card, index) in cards.Skip(first).Take(Columns * Rows).Select((c, i) => (c, i)))
                {
                    var cell = new XRect(index % Columns * cellWidth, index / Columns * cellHeight, cellWidth, cellHeight);
                    images.Add(DrawBadge(gfx, card, cell, family));
                }
            }
            using var stream = new MemoryStream();
            document.Save(stream, closeStream: false);
            return stream.ToArray();
        }
        finally
        {
            images.ForEach(i => i.Dispose());
        }
    }

    private XImage DrawBadge(XGraphics gfx, BadgeCard card, XRect cell, string family)
    {
        var box = Inset(cell, 14);
        var band = ParticipantTypeColors.For(card.Type);
        var ink = new XSolidBrush(XColor.FromArgb(0x1A, 0x1A, 0x1A));
        var muted = new XSolidBrush(XColor.FromArgb(0x44, 0x44, 0x44));
        gfx.DrawRoundedRectangle(new XPen(XColor.FromArgb(0xBB, 0xBB, 0xBB), 0.75), box, new XSize(10, 10));

        // Top: the event, in both languages, and its dates.
        var y = box.Top + 12;
        y = Line(gfx, card.EventName.En ?? card.EventName.Ko ?? "", family, XFontStyleEx.Bold, 11, ink, box, y);
        if (card.EventName.Ko is { Length: > 0 } eventKo && eventKo != card.EventName.En)
        {
            y = Line(gfx, eventKo, family, XFontStyleEx.Regular, 10, ink, box, y);
        }
        y = Line(gfx, BadgeLabels.Dates(card.StartDate, card.EndDate), family, XFontStyleEx.Regular, 8.5, muted, box, y + 2);
        gfx.DrawLine(new XPen(band.Fill, 2), box.Left + 12, y + 6, box.Right - 12, y + 6);

        // The person: Hangul name first when there is one (family name first), then the romanized name.
        y += 22;
        if (card.HangulName is { Length: > 0 } hangul)
        {
            y = Line(gfx, hangul, family, XFontStyleEx.Bold, 26, ink, box, y);
            y = Line(gfx, card.RomanizedName, family, XFontStyleEx.Bold, 16, ink, box, y + 2);
        }
        else
        {
            y = Line(gfx, card.RomanizedName, family, XFontStyleEx.Bold, 24, ink, box, y);
        }
        y = Line(gfx, card.OrganizationName, family, XFontStyleEx.Regular, 12, ink, box, y + 8);
        var country = card.CountryName.Ko is { Length: > 0 } ko && ko != card.CountryName.En
            ? $"{card.CountryName.En} · {ko}"
            : card.CountryName.En ?? card.CountryCode;
        Line(gfx, country, family, XFontStyleEx.Regular, 10, muted, box, y + 2);

        // Bottom: the participant type as a colour band, written out too.
        const double bandHeight = 44;
        var bandRect = new XRect(box.Left, box.Bottom - bandHeight, box.Width, bandHeight);
        gfx.DrawRectangle(new XSolidBrush(band.Fill), bandRect);
        Fitted(gfx, labels.TypeName(card.Type).ToUpperInvariant(), family, XFontStyleEx.Bold, 15, new XSolidBrush(band.Text), Inset(bandRect, 8));

        // Above the band: the QR code with the signed token, drawn without smoothing so scanners see sharp modules.
        const double qrSize = 118;
        var image = XImage.FromStream(new MemoryStream(BadgeQr.Bitmap(signer.Sign(card.BadgeToken)), writable: false));
        image.Interpolate = false;
        gfx.DrawImage(image, box.Left + (box.Width - qrSize) / 2, bandRect.Top - qrSize - 8, qrSize, qrSize);
        return image;
    }

    /// <summary>Draws one centred line (shrunk to fit the width) and returns the baseline of the next.</summary>
    private static double Line(XGraphics gfx, string text, string family, XFontStyleEx style, double size, XBrush brush, XRect box, double top)
    {
        var font = Fitted(gfx, text, family, style, size, brush, new XRect(box.Left + 12, top, box.Width - 24, size * 1.3));
        return top + font.Size * 1.3;
    }

    private static XFont Fitted(XGraphics gfx, string text, string family, XFontStyleEx style, double size, XBrush brush, XRect rect)
    {
        var font = new XFont(family, size, style, Unicode);
        while (font.Size > 7 && gfx.MeasureString(text, font).Width > rect.Width)
        {
            font = new XFont(family, font.Size - 0.5, style, Unicode);
        }
        while (text.Length > 1 && gfx.MeasureString(text, font).Width > rect.Width)
        {
            text = text[..^2] + "…";
        }
        gfx.DrawString(text, font, brush, rect, XStringFormats.Center);
        return font;
    }

    private static void DrawCutLines(XGraphics gfx, double width, double height, double cellWidth, double cellHeight)
    {
        var pen = new XPen(XColor.FromArgb(0xCC, 0xCC, 0xCC), 0.5) { DashStyle = XDashStyle.Dash };
        for (var c = 1; c < Columns; c++)
        {
            gfx.DrawLine(pen, c * cellWidth, 0, c * cellWidth, height);
        }
        for (var r = 1; r < Rows; r++)
        {
            gfx.DrawLine(pen, 0, r * cellHeight, width, r * cellHeight);
        }
    }

    private static XRect Inset(XRect r, double by) => new(r.X + by, r.Y + by, r.Width - 2 * by, r.Height - 2 * by);
}
