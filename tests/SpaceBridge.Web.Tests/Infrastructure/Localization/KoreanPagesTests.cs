using System.Text.RegularExpressions;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Localization;

/// <summary>With Korean chosen, every public page's navigation, headings and labels are Korean.</summary>
public partial class KoreanPagesTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private static readonly string[] EnglishNavLabels =
        ["Home", "About", "Overview", "Agenda", "Speakers", "Organizations", "Skip to main content", "Apply filters"];

    [GeneratedRegex(@"\p{IsHangulSyllables}")]
    private static partial Regex Hangul();

    private async Task<IReadOnlyList<string>> PublicPagesAsync()
    {
        var day1 = await factory.EventIdAsync(HtmlPage.Day1);
        var day2 = await factory.EventIdAsync(HtmlPage.Day2);
        return ["/", "/about", $"/events/{day1}", $"/events/{day1}/agenda", $"/events/{day1}/speakers", $"/events/{day1}/organizations",
            $"/events/{day2}/agenda", "/sessions/1", "/sessions/999999"];
    }

    [Fact]
    public async Task Navigation_headings_and_labels_are_Korean_on_every_page()
    {
        var client = factory.CreateClient();
        foreach (var url in await PublicPagesAsync())
        {
            var (_, page) = await client.GetPageAsync(url + (url.Contains('?') ? "&" : "?") + "culture=ko");

            Assert.Equal("ko", page.DocumentElement.GetAttribute("lang"));
            var navLinks = page.QuerySelectorAll("nav:not(.language-switch) a").Select(a => a.TextContent.Trim()).ToList();
            Assert.NotEmpty(navLinks);
            Assert.All(navLinks, text => Assert.Matches(Hangul(), text));
            var labels = page.Texts("h1, h2, label, legend, dt, button, .skip-link, main option:first-child, nav[aria-label]")
                .Concat(page.QuerySelectorAll("nav[aria-label]").Select(n => n.GetAttribute("aria-label")!));
            Assert.All(labels, text => Assert.True(Hangul().IsMatch(text) || text.Contains("SpaceBridge"), $"{url}: '{text}' is not Korean"));
            var allText = page.Body!.TextContent;
            Assert.All(EnglishNavLabels, english => Assert.DoesNotContain(page.QuerySelectorAll("a, button").Select(e => e.TextContent.Trim()), t => t == english));
            Assert.Contains("본문 바로가기", allText);
        }
    }

    [Fact]
    public async Task Korean_agenda_uses_Korean_kinds_filters_and_dates()
    {
        var id = await factory.EventIdAsync(HtmlPage.Day1);
        var page = await factory.CreateClient().GetOkPageAsync($"/events/{id}/agenda?culture=ko");

        Assert.Equal(["홈", "사이트 소개"], page.Texts("nav.site-nav a"));
        Assert.Equal(["개요", "일정표", "연사", "참여 기관", "전시"], page.Texts("nav.event-nav a"));
        Assert.Equal("2023년 11월 8일 수요일", page.QuerySelector("#day-heading")?.TextContent);
        Assert.Equal(["주제", "세션 유형", "회의장"], page.Texts("form.filters label"));
        Assert.Equal("필터 적용", page.QuerySelector("form.filters button")?.TextContent.Trim());
        Assert.Equal(4, page.Texts(".session .badge").Count(k => k == "패널 토론"));
        Assert.Contains("모든 시간은 Asia/Seoul (UTC+09:00) 기준입니다.", page.QuerySelector(".zone-note")!.TextContent);
        Assert.Contains("한국의 우주 정책", page.Texts(".session h3"));
    }
}
