using Microsoft.Extensions.Options;

namespace SpaceBridge.Web.Features.Badges;

/// <summary>The Korean-capable font badges are printed in, checked when first needed.</summary>
public sealed class BadgeFonts(IOptions<BadgeOptions> options)
{
    private string? _family;

    /// <summary>The PDFsharp family name of Nanum Gothic; throws <see cref="BadgeFontMissingException"/> if the files are absent.</summary>
    public string Family
    {
        get
        {
            if (_family is not null)
            {
                return _family;
            }
            var directory = options.Value.FontDirectory;
            foreach (var file in new[] { BadgeFontResolver.RegularFile, BadgeFontResolver.BoldFile })
            {
                var path = Path.Combine(directory, file);
                if (!File.Exists(path))
                {
                    throw new BadgeFontMissingException(path);
                }
            }
            return _family = BadgeFontResolver.Instance.Register(directory);
        }
    }
}

public sealed class BadgeFontMissingException(string path) : Exception(
    $"Badges need the Nanum Gothic font, but {path} does not exist. Install the Debian package fonts-nanum "
    + $"(./build.sh deps does) or set {BadgeOptions.Section}:FontDirectory to a folder with NanumGothic.ttf and NanumGothicBold.ttf.")
{
    public string Path { get; } = path;
}
