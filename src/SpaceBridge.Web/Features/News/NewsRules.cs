namespace SpaceBridge.Web.Features.News;

public static class NewsRules
{
    public const int MaxBody = 20000;
    /// <summary>Largest attachment accepted: 10 MB.</summary>
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The media type of a file recognized from its first bytes (PDF, PNG, JPEG, GIF, WebP); null for anything else,
    /// whatever its name says.
    /// </summary>
    public static string? SniffType(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }
        return null;
    }

    /// <summary>The credit line a licence asks for (KOGL types require the source; CC BY the author and licence).</summary>
    public static string LicenceKey(NewsLicence licence) => $"News.Licence.{licence}";
}
