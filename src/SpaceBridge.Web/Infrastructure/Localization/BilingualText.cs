using System.Globalization;

namespace SpaceBridge.Web.Infrastructure.Localization;

/// <summary>
/// Text people write, kept in English and Korean where given. Readers see their language
/// and fall back to the other one when a translation is missing.
/// </summary>
public sealed class BilingualText
{
    public string? En { get; set; }
    public string? Ko { get; set; }

    public BilingualText() { }

    public BilingualText(string? en, string? ko)
    {
        En = en;
        Ko = ko;
    }

    public string In(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "ko"
            ? Ko ?? En ?? ""
            : En ?? Ko ?? "";

    /// <summary>
    /// The language of the text <see cref="In"/> shows: the reader's when given, the other one when it fell back
    /// ("en" or "ko"), so pages can mark a fallback with a lang attribute.
    /// </summary>
    public string LanguageIn(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "ko"
            ? Ko is not null || En is null ? "ko" : "en"
            : En is not null || Ko is null ? "en" : "ko";

    public string Current => In(CultureInfo.CurrentUICulture);

    public bool IsEmpty => string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(Ko);

    public override string ToString() => Current;
}
