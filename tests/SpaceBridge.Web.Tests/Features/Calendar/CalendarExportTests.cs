using System.Net;
using System.Net.Http.Headers;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Calendar;

public class CalendarExportTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(ICalComponent Calendar, HttpResponseMessage Response)> ExportAsync(string url, string? cookieCulture = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookieCulture is not null)
        {
            request.Headers.Add("Cookie", $".AspNetCore.Culture=c={cookieCulture}|uic={cookieCulture}");
        }
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (StrictICalendar.Parse(await response.Content.ReadAsByteArrayAsync()), response);
    }

    private async Task<string> UrlOfAsync(string kind)
    {
        var day1 = await _client.EventIdOnAsync("2023-11-08");
        var ev = await _client.GetJsonAsync($"/api/v1/events/{day1}");
        var opening = (await _client.GetJsonAsync($"/api/v1/events/{day1}/sessions?kind=OpeningRemarks")).GetProperty("items")[0];
        return kind switch
        {
            "forum" => $"/forums/{ev.GetProperty("forumId").GetInt32()}/agenda.ics",
            "event" => $"/events/{day1}/agenda.ics",
            _ => $"/sessions/{opening.GetProperty("id").GetInt32()}.ics",
        };
    }

    [Theory]
    [InlineData("forum", 16)]
    [InlineData("event", 11)]
    [InlineData("session", 1)]
    public async Task Each_export_passes_the_strict_parser_with_a_seoul_vtimezone(string kind, int events)
    {
        var (calendar, response) = await ExportAsync(await UrlOfAsync(kind));

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("PUBLISH", calendar.Single("METHOD").Value);
        var zone = Assert.Single(calendar.Descendants("VTIMEZONE"));
        Assert.Equal("Asia/Seoul", zone.Single("TZID").Value);
        Assert.Equal("+0900", Assert.Single(zone.Descendants("STANDARD")).Single("TZOFFSETTO").Value);
        var vevents = calendar.Descendants("VEVENT").ToList();
        Assert.Equal(events, vevents.Count);
        Assert.All(vevents, e => Assert.Equal("Asia/Seoul", e.Single("DTSTART").Parameters["TZID"]));
    }

    [Fact]
    public async Task The_korean_forum_export_folds_hangul_without_splitting_characters()
    {
        var url = await UrlOfAsync("forum") + "?culture=ko";
        var octets = await _client.GetByteArrayAsync(url);

        var calendar = StrictICalendar.Parse(octets);

        Assert.Equal(16, calendar.Descendants("VEVENT").Count());
        var folded = System.Text.Encoding.UTF8.GetString(octets).Split("\r\n").Count(l => l.StartsWith(' '));
        Assert.True(folded > 10, $"expected long Korean lines to be folded, found {folded} continuation lines");
        Assert.Contains(calendar.Descendants("VEVENT"), e => e.Single("SUMMARY").Value == "패널 3: 우주 공급망 회복력");
    }

    [Fact]
    public async Task The_opening_remarks_start_at_half_past_nine_seoul_time()
    {
        var (calendar, _) = await ExportAsync(await UrlOfAsync("event"));

        var opening = calendar.Descendants("VEVENT").Single(e => e.Single("SUMMARY").Value == "Opening remarks");
        Assert.Equal("20231108T093000", opening.Single("DTSTART").Value);
        Assert.Equal("20231108T100000", opening.Single("DTEND").Value);
        Assert.Contains("Lee Jong-ho", opening.Single("DESCRIPTION").Value);
        Assert.Contains("Mayfield Hotel Seoul", opening.Single("LOCATION").Value);
    }

    [Fact]
    public async Task The_raw_export_carries_dtstart_with_tzid_in_local_time()
    {
        var text = await _client.GetStringAsync(await UrlOfAsync("event"));

        Assert.Contains("\r\nDTSTART;TZID=Asia/Seoul:20231108T093000\r\n", text);
        Assert.Contains("\r\nBEGIN:VTIMEZONE\r\n", text);
    }

    [Fact]
    public async Task Two_exports_carry_the_same_uids_and_sequences_derived_from_session_ids()
    {
        var url = await UrlOfAsync("forum");
        var (first, _) = await ExportAsync(url);
        var (second, _) = await ExportAsync(url);

        static List<(string Uid, string Sequence)> Identities(ICalComponent calendar) =>
            [.. calendar.Descendants("VEVENT").Select(e => (e.Single("UID").Value, e.Single("SEQUENCE").Value))];
        Assert.Equal(Identities(first), Identities(second));
        Assert.All(Identities(first), id => Assert.Matches(@"^session-\d+@spacebridge$", id.Uid));

        var sessionIds = (await _client.GetJsonAsync($"/api/v1/events/{await _client.EventIdOnAsync("2023-11-08")}/sessions"))
            .GetProperty("items").EnumerateArray().Select(s => $"session-{s.GetProperty("id").GetInt32()}@spacebridge");
        Assert.Subset(Identities(first).Select(i => i.Uid).ToHashSet(), sessionIds.ToHashSet());
    }

    [Fact]
    public async Task A_single_session_export_uses_the_same_uid_as_the_agenda_export()
    {
        var (agenda, _) = await ExportAsync(await UrlOfAsync("event"));
        var (session, _) = await ExportAsync(await UrlOfAsync("session"));

        var uid = Assert.Single(session.Descendants("VEVENT")).Single("UID").Value;
        Assert.Contains(agenda.Descendants("VEVENT"), e => e.Single("UID").Value == uid);
    }

    [Fact]
    public async Task Korean_is_chosen_by_query_string_or_culture_cookie_and_english_is_the_default()
    {
        var url = await UrlOfAsync("session");

        var (english, _) = await ExportAsync(url);
        var (byQuery, _) = await ExportAsync(url + "?culture=ko");
        var (byCookie, _) = await ExportAsync(url, cookieCulture: "ko");

        Assert.Equal("Opening remarks", english.Descendants("VEVENT").Single().Single("SUMMARY").Value);
        foreach (var korean in new[] { byQuery, byCookie })
        {
            var ev = korean.Descendants("VEVENT").Single();
            Assert.Equal("개회사", ev.Single("SUMMARY").Value);
            Assert.Contains("이종호", ev.Single("DESCRIPTION").Value);
            Assert.StartsWith("메인 홀", ev.Single("LOCATION").Value);
        }
    }

    [Theory]
    [InlineData("/forums/987654/agenda.ics")]
    [InlineData("/events/987654/agenda.ics")]
    [InlineData("/sessions/987654.ics")]
    public async Task An_unknown_id_is_a_404(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/calendar"));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
