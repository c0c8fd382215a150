using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Shared;

/// <summary>
/// Content people wrote (names, organizations, titles) written into a page with a lang attribute when it is not in the
/// page's language (WCAG 3.1.2, language of parts): an English name on a Korean page, or a Korean title shown on an
/// English page because no English one was given.
/// </summary>
public static class UserText
{
    /// <summary>The text in the reader's language, marked with the language actually shown when it fell back.</summary>
    public static IHtmlContent Of(BilingualText? text)
    {
        var culture = CultureInfo.CurrentUICulture;
        return text is null ? HtmlString.Empty : new Marked(text.In(culture), text.LanguageIn(culture), culture.TwoLetterISOLanguageName);
    }

    /// <summary>As <see cref="Of(BilingualText?)"/>, with a text in the page's language where there is none.</summary>
    public static IHtmlContent Of(BilingualText? text, string whenMissing) =>
        text is null || text.IsEmpty ? new HtmlContentBuilder().Append(whenMissing) : Of(text);

    /// <summary>Text kept in one language only (a romanized name, an organization typed into a form), marked by its script.</summary>
    public static IHtmlContent Of(string? text) =>
        string.IsNullOrEmpty(text) ? HtmlString.Empty : new Marked(text, LanguageOf(text), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>
    /// "ko" for text mostly in Hangul, "en" for text mostly in Latin letters, null when it has no letters to go by.
    /// A Hangul syllable weighs as much as a short Latin word, so "KARI 한국항공우주연구원" reads as Korean and an English
    /// message quoting one Korean word reads as English.
    /// </summary>
    public static string? LanguageOf(string text)
    {
        var (hangul, latin) = (0, 0);
        foreach (var c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
            {
                hangul += 3;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F')
            {
                latin++;
            }
        }
        return hangul == 0 && latin == 0 ? null : hangul >= latin ? "ko" : "en";
    }

    /// <summary>The text, inside a span with its lang when that differs from the page's.</summary>
    private sealed class Marked(string text, string? language, string page) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            if (language is null || language == page)
            {
                encoder.Encode(writer, text);
                return;
            }
            writer.Write("<span lang=\"");
            writer.Write(language);
            writer.Write("\">");
            encoder.Encode(writer, text);
            writer.Write("</span>");
        }
    }
}
