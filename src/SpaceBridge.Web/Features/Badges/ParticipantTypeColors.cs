using PdfSharp.Drawing;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.Badges;

/// <summary>
/// The colour band of each participant type. Colours differ in hue and lightness; the type is also written
/// in the band, so nobody has to tell colours apart.
/// </summary>
public static class ParticipantTypeColors
{
    public sealed record Band(XColor Fill, XColor Text);

    private static readonly XColor White = XColors.White;
    private static readonly XColor Black = XColor.FromArgb(0x1A, 0x1A, 0x1A);

    public static Band For(ParticipantType type) => type switch
    {
        ParticipantType.Government => new(XColor.FromArgb(0x1F, 0x3A, 0x93), White),
        ParticipantType.Delegate => new(XColor.FromArgb(0x2E, 0x7D, 0x32), White),
        ParticipantType.Speaker => new(XColor.FromArgb(0xC6, 0x28, 0x28), White),
        ParticipantType.Exhibitor => new(XColor.FromArgb(0xF9, 0xA8, 0x25), Black),
        ParticipantType.Press => new(XColor.FromArgb(0x6A, 0x1B, 0x9A), White),
        ParticipantType.Organizer => new(XColor.FromArgb(0x21, 0x21, 0x21), White),
        ParticipantType.Guest => new(XColor.FromArgb(0x80, 0xDE, 0xEA), Black),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
