using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>The run page's words ("Booth", "Done", why a request stayed unscheduled) in the reader's language.</summary>
public sealed class ScheduleWordingTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private string InKorean(Func<IStringLocalizer, IHtmlContent> content)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ko");
        try
        {
            using var writer = new StringWriter();
            content(factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>()).WriteTo(writer, Encoder);
            return writer.ToString();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("Done", "완료")]
    [InlineData("done", "완료")]
    [InlineData("Reading requests", "요청을 읽는 중")]
    [InlineData("no common free slot", "함께 비어 있는 시간대 없음")]
    [InlineData("moved to let a new request in", "새 요청을 위해 옮겨짐")]
    [InlineData("published slot no longer exists; unscheduled: no table free", "공개된 시간대가 더 이상 없음; 배정되지 않음: 빈 테이블 없음")]
    public void Phases_and_reasons_of_the_scheduler_read_in_Korean(string phrase, string korean) =>
        Assert.Equal(korean, InKorean(l => ScheduleWording.Show(l, phrase)));

    [Fact]
    public void A_phrase_outside_the_vocabulary_is_shown_as_written_and_marked_English() =>
        Assert.Equal("<span lang=\"en\">solver exploded</span>", InKorean(l => ScheduleWording.Show(l, "solver exploded")));

    [Fact]
    public void Booths_read_in_Korean_and_tables_keep_their_name()
    {
        var l = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ko");
        try
        {
            Assert.Equal("KARI 부스", MeetingLocationLabel.Of(l, MeetingLocationLabel.BoothName("KARI")));
            Assert.Equal("T3", MeetingLocationLabel.Of(l, "T3"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Every_phase_the_progress_script_may_meet_has_a_Korean_text() =>
        Assert.All(InKoreanPhases(), p => Assert.Matches(@"\p{IsHangulSyllables}", p.Value));

    private Dictionary<string, string> InKoreanPhases()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ko");
        try
        {
            return ScheduleWording.Phases(factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
