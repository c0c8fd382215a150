using QRCoder;

namespace SpaceBridge.Web.Features.Badges;

/// <summary>The QR code image of a signed badge token.</summary>
public static class BadgeQr
{
    /// <summary>
    /// A black-on-white bitmap with a quiet zone; error correction M survives a scuffed badge. A BMP rather than
    /// a PNG because PDFsharp's own image importer reads every BMP but not QRCoder's one-bit PNGs.
    /// </summary>
    public static byte[] Bitmap(string signedToken, int pixelsPerModule = 4)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(signedToken, QRCodeGenerator.ECCLevel.M);
        return new BitmapByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
