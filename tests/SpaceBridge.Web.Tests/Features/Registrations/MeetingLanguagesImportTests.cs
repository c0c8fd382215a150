using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>Meeting languages in the registration import and export, and on the delegation form.</summary>
public sealed class MeetingLanguagesImportTests(RegistrationApp app) : IClassFixture<RegistrationApp>
{
    private const string Header = ImportCsv.Header + ",meeting_languages";

    private static string Row(string email, string interpreter, string languages) =>
        $"{email},,Lang {email[..email.IndexOf('@')]},KARI,KR,,Delegate,,,{interpreter},no,{languages}";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, int eventId, IEnumerable<string> lines, bool dryRun)
    {
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return await client.PostAsync($"/api/v1/events/{eventId}/registrations/import?dryRun={(dryRun ? "true" : "false")}", body);
    }

    private static async Task<List<(int Line, string? Column, string Code)>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("code").GetString()!)).ToList();
    }

    private Task<List<string>> LanguagesAsync(string email) =>
        app.WithDbAsync(db => db.Registrations.Where(r => r.Email == email).Select(r => r.MeetingLanguages).SingleAsync());

    [Fact]
    public async Task An_unknown_code_or_a_session_language_outside_the_meeting_languages_is_an_error_of_its_row_and_column_and_nothing_is_written()
    {
        var organizer = await app.OrganizerClientAsync($"lang-import-{Guid.NewGuid():N}@msit.example");
        var eventId = await app.EventIdAsync("emerging");
        var before = await app.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == eventId));
        List<string> good =
        [
            Header,
            Row("semicolon@lang.example", "", "ko;en"),
            Row("comma@lang.example", "ko", "\"es, KO, es\""),
            Row("none@lang.example", "", ""),
        ];
        List<string> bad = [.. good, Row("klingon@lang.example", "", "ko;tlh"), Row("contradiction@lang.example", "ko", "es")];

        var errors = await ErrorsAsync(await PostAsync(organizer, eventId, bad, dryRun: true));
        Assert.Equal([(5, "meeting_languages", "meeting-language"), (6, "meeting_languages", "interpreter-language-not-spoken")], errors);
        Assert.Equal(3, (await ErrorsAsync(await PostAsync(organizer, eventId, [.. bad, Row("fr@lang.example", "", "fr;xx")], dryRun: false))).Count);
        // An unknown session language is that cell's error only: the meeting languages beside it are not blamed.
        var unknownSession = await ErrorsAsync(await PostAsync(organizer, eventId, [Header, Row("xx@lang.example", "xx", "ko")], dryRun: true));
        Assert.Equal([(2, "interpreter_language", "interpreter-language")], unknownSession);
        Assert.Equal(before, await app.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == eventId)));

        var imported = await PostAsync(organizer, eventId, good, dryRun: false);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(["ko", "en"], await LanguagesAsync("semicolon@lang.example"));
        Assert.Equal(["es", "ko"], await LanguagesAsync("comma@lang.example"));
        Assert.Empty(await LanguagesAsync("none@lang.example"));
    }

    [Fact]
    public async Task The_export_writes_the_meeting_languages_column_and_an_exported_file_imports_them_back()
    {
        var organizer = await app.OrganizerClientAsync($"lang-export-{Guid.NewGuid():N}@msit.example");
        var source = await app.EventIdAsync("emerging");
        var target = await app.EventIdAsync("rok-us");
        var email = $"roundtrip-{Guid.NewGuid():N}@lang.example";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(organizer, source, [Header, Row(email, "en", "es;en")], dryRun: false)).StatusCode);

        var csv = Encoding.UTF8.GetString((await organizer.GetByteArrayAsync($"/api/v1/events/{source}/registrations/export?format=csv"))[3..]);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(header.ToList().IndexOf("interpreter_language") + 1, header.ToList().IndexOf("meeting_languages"));
        var row = lines.Single(l => l.StartsWith(email, StringComparison.Ordinal));
        Assert.Equal("es;en", row.Split(',')[header.ToList().IndexOf("meeting_languages")]);

        var xlsx = await organizer.GetByteArrayAsync($"/api/v1/events/{source}/registrations/export?format=xlsx");
        using (var workbook = new XLWorkbook(new MemoryStream(xlsx)))
        {
            var sheet = workbook.Worksheet(1);
            var column = sheet.Row(1).CellsUsed().Single(c => c.GetString() == "meeting_languages").Address.ColumnNumber;
            var line = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == email);
            Assert.Equal("es;en", line.Cell(column).GetString());
        }

        // The exported header and row, imported into another event, give the same languages.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(organizer, target, [lines[0], row], dryRun: false)).StatusCode);
        Assert.Equal(["es", "en"], await app.WithDbAsync(db =>
            db.Registrations.Where(r => r.Email == email && r.EventId == target).Select(r => r.MeetingLanguages).SingleAsync()));
    }

    [Fact]
    public async Task A_head_of_delegation_gives_each_member_meeting_languages_on_the_form_and_an_unknown_one_is_a_field_error()
    {
        var head = await app.SignedInAsync($"head-{Guid.NewGuid():N}@lang.example");
        var eventId = await app.EventIdAsync();
        var url = $"/events/{eventId}/delegation";
        var created = await head.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Create.Name"] = "Agencia Espacial Mexicana", ["Create.Kind"] = "Government", ["Create.CountryCode"] = "MX",
        }, "form[action*='handler=Create']");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = await head.GetDocumentAsync(url);
        var boxes = page.QuerySelectorAll("form[action*='handler=Member'] #meeting-languages input[type=checkbox]").OfType<IHtmlInputElement>().ToList();
        Assert.Equal(["ko", "en", "ja", "zh", "es", "fr", "de"], boxes.Select(b => b.Value));
        Assert.All(boxes, b => Assert.Equal("Member.Details.MeetingLanguages", b.Name));
        Assert.Contains("Languages the member can hold a meeting in", page.QuerySelector("#meeting-languages legend")!.TextContent);
        Assert.Contains("단원의 미팅 가능 언어", (await head.GetDocumentAsync(url + "?culture=ko")).QuerySelector("#meeting-languages legend")!.TextContent);

        // Two boxes ticked, as a browser sends them: in the order of the list.
        foreach (var box in boxes.Where(b => b.Value is "es" or "en"))
        {
            box.IsChecked = true;
        }
        var form = (IHtmlFormElement)page.QuerySelector("form[action*='handler=Member']")!;
        var member = $"member-{Guid.NewGuid():N}@lang.example";
        var added = await head.SubmitAsync(form, url, new Dictionary<string, string>
        {
            ["Member.Email"] = member, ["Member.Details.RomanizedName"] = "Lucia Mendez", ["Member.Details.ConsentToProcessing"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["en", "es"], await LanguagesAsync(member));
        Assert.Contains("Meeting languages: English, Spanish", (await head.GetDocumentAsync(url)).QuerySelector("table")!.TextContent);

        var other = $"member-{Guid.NewGuid():N}@lang.example";
        var refused = await head.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Member.Email"] = other, ["Member.Details.RomanizedName"] = "Pablo Ruiz", ["Member.Details.ConsentToProcessing"] = "true",
            ["Member.Details.MeetingLanguages"] = "xx",
        }, "form[action*='handler=Member']");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("is not a language on the list", shown.QuerySelector("#meeting-languages")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Registrations.AnyAsync(r => r.Email == other)));
    }
}
