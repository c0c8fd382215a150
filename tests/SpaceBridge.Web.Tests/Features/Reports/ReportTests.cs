using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Tests.Support;
using UglyToad.PdfPig;

namespace SpaceBridge.Web.Tests.Features.Reports;

/// <summary>The post-event report of the demo forum: page, JSON, CSV and the PDF built by the background job agree.</summary>
public sealed class ReportTests(MatchmakingDemoFactory app) : IClassFixture<MatchmakingDemoFactory>
{
    private Task<int> ForumIdAsync() => app.WithDbAsync(db => Task.FromResult(db.Forums.OrderBy(f => f.Id).Select(f => f.Id).First()));

    private static Dictionary<(string Section, string Key), JsonElement> Rows(JsonElement report) =>
        report.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("rows").EnumerateArray().Select(r => (Section: s.GetProperty("key").GetString()!, Row: r)))
            .ToDictionary(x => (x.Section, x.Row.GetProperty("key").GetString()!), x => x.Row.GetProperty("count"));

    [Fact]
    public async Task The_demo_forum_report_pdf_built_by_the_job_has_both_languages_and_its_charts_and_agrees_with_the_json_and_the_page()
    {
        var forumId = await ForumIdAsync();
        var organizer = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        Assert.Equal(HttpStatusCode.Redirect, (await organizer.GetAsync($"/forums/{forumId}/report.pdf")).StatusCode);

        var queued = await organizer.SubmitFormAsync($"/forums/{forumId}/report", new Dictionary<string, string>(), "form[action$='handler=Pdf']");
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        JsonElement progress;
        do
        {
            await Task.Delay(500);
            progress = await organizer.GetFromJsonAsync<JsonElement>($"/forums/{forumId}/report?handler=Progress");
        }
        while (!progress.GetProperty("isFinished").GetBoolean() && DateTime.UtcNow < deadline);
        Assert.Equal("Done", progress.GetProperty("status").GetString());
        Assert.Equal(100, progress.GetProperty("progress").GetInt32());

        var response = await organizer.GetAsync($"/forums/{forumId}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdfBytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(pdfBytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var compact = text.Replace(" ", "");
        Assert.Contains("Post-event report", text);
        Assert.Contains("행사결과보고서", compact);
        Assert.Contains("Registrations by status", text);
        Assert.Contains("상태별등록", compact);
        // Charts: numbered captions in both languages, and the drawn bars and lines (vector paths) on the pages.
        Assert.Contains("Chart 1", text);
        Assert.Contains("차트1", compact);
        Assert.True(pdf.GetPages().Sum(p => p.Paths.Count) > 20, "the charts' bars and lines are drawn");

        var json = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/forums/{forumId}/report");
        var rows = Rows(json);
        // Every commitment's text in both languages, its wrapped lines joined, and every initiative's title whole.
        var flowing = PdfText.Normalize(string.Join(" ", PdfText.Pages(pdfBytes)));
        var commitments = json.GetProperty("commitments").EnumerateArray().ToList();
        Assert.NotEmpty(commitments);
        foreach (var c in commitments)
        {
            var number = c.GetProperty("number").GetInt32();
            foreach (var language in new[] { "en", "ko" })
            {
                var expected = PdfText.Normalize($"{number}. {c.GetProperty("text").GetProperty(language).GetString()}");
                Assert.True(flowing.Contains(expected, StringComparison.Ordinal), $"\"{expected}\" is not in the report's text: {flowing}");
            }
        }
        // Initiative rows keep their titles left of 68 % of the text width (ending before x = 387 pt on A4 with 50 pt
        // margins) and their stages right of it, so the titles are read as one column.
        var titles = PdfText.Normalize(PdfText.Columns(pdfBytes, split: 390).Left);
        foreach (var i in json.GetProperty("initiatives").EnumerateArray())
        {
            var title = i.GetProperty("title");
            var expected = PdfText.Normalize($"{title.GetProperty("en").GetString()} / {title.GetProperty("ko").GetString()}");
            Assert.True(titles.Contains(expected, StringComparison.Ordinal), $"\"{expected}\" is not in the report's text: {titles}");
        }
        var page = await organizer.GetOkPageAsync($"/forums/{forumId}/report");
        foreach (var key in new[] { "registrations", "approved", "checked-in", "meetings-requested", "meetings-held", "initiatives" })
        {
            var count = rows[("headline", key)].GetInt32();
            Assert.Equal(count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en")), page.QuerySelector($"li[data-key='{key}'] .count")!.TextContent);
        }
        foreach (var status in new[] { "Submitted", "Approved", "Cancelled" })
        {
            var count = rows[("registrations-status", status)].GetInt32();
            Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                page.QuerySelector($"table[data-section='registrations-status'] tr[data-key='{status}'] .count")!.TextContent.Replace(",", ""));
        }
        // The PDF states the same registration totals, with its bilingual label.
        var approved = rows[("registrations-status", "Approved")].GetInt32();
        Assert.Matches($@"Approved\s*/\s*\S+\s+{approved.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}(\s|$)", text.Replace("\n", " "));
        Assert.True(rows[("headline", "approved")].GetInt32() > 0);
    }

    [Fact]
    public async Task Non_organizers_see_aggregates_with_small_counts_as_fewer_than_5_in_json_csv_and_page()
    {
        var forumId = await ForumIdAsync();
        var participant = await app.DelegateOfAsync("hanbit-orbital");
        var organizer = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));

        var exact = Rows(await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/forums/{forumId}/report"));
        var seen = Rows(await participant.Client.GetFromJsonAsync<JsonElement>($"/api/v1/forums/{forumId}/report"));

        Assert.Equal(exact.Keys.Order(), seen.Keys.Order());
        Assert.Contains(exact, r => r.Value.GetInt32() is > 0 and < 5);
        foreach (var (key, count) in exact)
        {
            var value = count.GetInt32();
            if (key.Section == "pipeline" || key is ("headline", "initiatives")) continue; // others see public initiatives only
            if (value < 5) Assert.Equal(JsonValueKind.Null, seen[key].ValueKind);
            else Assert.Equal(value, seen[key].GetInt32());
        }

        var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/forums/{forumId}/report");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        var csv = await participant.Client.SendAsync(csvRequest);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,key,label_en,label_ko,count", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("registrations-status,Rejected,", StringComparison.Ordinal) && l.EndsWith(",fewer than 5", StringComparison.Ordinal));
        Assert.Equal(seen.Count, lines.Length - 1);

        var page = await participant.Client.GetOkPageAsync($"/forums/{forumId}/report");
        Assert.Contains("fewer than 5", page.QuerySelector("table[data-section='registrations-status'] tr[data-key='Rejected'] .count")!.TextContent);
        Assert.Null(page.QuerySelector("#report-pdf"));
        var pdf = await participant.Client.GetAsync($"/forums/{forumId}/report.pdf");
        Assert.NotEqual(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organizer.GetAsync("/api/v1/forums/999999/report")).StatusCode);
    }
}
