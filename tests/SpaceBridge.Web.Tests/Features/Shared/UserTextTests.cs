using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using SpaceBridge.Web.Features.Shared;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Tests.Features.Shared;

/// <summary>Language of parts (WCAG 3.1.2): content in the other language is marked, content in the page's is not.</summary>
public sealed class UserTextTests
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Render(string culture, Func<IHtmlContent> content)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            using var writer = new StringWriter();
            content().WriteTo(writer, Encoder);
            return writer.ToString();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_bilingual_text_in_the_readers_language_is_not_marked()
    {
        var name = new BilingualText("Korea Aerospace Research Institute", "한국항공우주연구원");

        Assert.Equal("Korea Aerospace Research Institute", Render("en", () => UserText.Of(name)));
        Assert.Equal("한국항공우주연구원", Render("ko", () => UserText.Of(name)));
    }

    [Fact]
    public void A_fallback_to_the_other_language_is_marked_with_the_language_shown()
    {
        Assert.Equal("<span lang=\"en\">LeoLabs</span>", Render("ko", () => UserText.Of(new BilingualText("LeoLabs", null))));
        Assert.Equal("<span lang=\"ko\">우주항공청</span>", Render("en", () => UserText.Of(new BilingualText(null, "우주항공청"))));
        Assert.Equal("ko", new BilingualText(null, "우주항공청").LanguageIn(new CultureInfo("en")));
        Assert.Equal("en", new BilingualText("LeoLabs", null).LanguageIn(new CultureInfo("ko")));
    }

    [Fact]
    public void Text_in_one_language_is_marked_by_its_script_and_encoded()
    {
        Assert.Equal("<span lang=\"en\">KIM Haneul &amp; Co.</span>", Render("ko", () => UserText.Of("KIM Haneul & Co.")));
        Assert.Equal("<span lang=\"ko\">김하늘</span>", Render("en", () => UserText.Of("김하늘")));
        Assert.Equal("KIM Haneul", Render("en", () => UserText.Of("KIM Haneul")));
        Assert.Equal("2023", Render("ko", () => UserText.Of("2023")));
        Assert.Equal("", Render("ko", () => UserText.Of((string?)null)));
    }

    [Fact]
    public void A_missing_text_reads_the_fallback_in_the_pages_language()
    {
        Assert.Equal("미정", Render("ko", () => UserText.Of(null, "미정")));
        Assert.Equal("Not given", Render("en", () => UserText.Of(new BilingualText(), "Not given")));
    }
}
