namespace SpaceBridge.Web.Features.Badges;

/// <summary>Configuration section "Badges".</summary>
public sealed class BadgeOptions
{
    public const string Section = "Badges";

    /// <summary>Folder holding NanumGothic.ttf and NanumGothicBold.ttf (Debian package fonts-nanum).</summary>
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/nanum";
}
