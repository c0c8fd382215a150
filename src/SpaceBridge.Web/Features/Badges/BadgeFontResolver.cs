using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace SpaceBridge.Web.Features.Badges;

/// <summary>
/// PDFsharp's font resolver is one per process (<see cref="GlobalFontSettings.FontResolver"/>), while the font
/// folder is per application configuration. So one shared resolver serves every registered folder under its own
/// family name, and never falls back to a platform font that might lack Hangul.
/// </summary>
public sealed class BadgeFontResolver : IFontResolver
{
    public const string RegularFile = "NanumGothic.ttf";
    public const string BoldFile = "NanumGothicBold.ttf";

    public static BadgeFontResolver Instance { get; } = new();

    private static readonly Lock InstallLock = new();
    private readonly ConcurrentDictionary<string, string> _familyByDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _directoryByFamily = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private BadgeFontResolver() { }

    /// <summary>Makes the folder's Nanum Gothic available to PDFsharp and returns the family name to ask for.</summary>
    public string Register(string directory)
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver != this)
            {
                GlobalFontSettings.FontResolver = this;
            }
            return _familyByDirectory.GetOrAdd(Path.GetFullPath(directory), full =>
            {
                var family = _familyByDirectory.IsEmpty ? "Nanum Gothic" : $"Nanum Gothic {_familyByDirectory.Count + 1}";
                _directoryByFamily[family] = full;
                return family;
            });
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _directoryByFamily.TryGetValue(familyName, out var directory)
            ? new FontResolverInfo(Path.Combine(directory, bold ? BoldFile : RegularFile), mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, File.ReadAllBytes);
}
