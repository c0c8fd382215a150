using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Tests.Features.Registrations;

public sealed class ImportTests : IClassFixture<RegistrationApp>
{
    private readonly RegistrationApp _app;

    public ImportTests(RegistrationApp app) => _app = app;

    private async Task<(HttpClient Client, int EventId)> OrganizerAsync()
    {
        var client = await _app.OrganizerClientAsync($"importer-{Guid.NewGuid():N}@msit.example");
        return (client, await _app.EventIdAsync("emerging"));
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, int eventId, byte[] content, bool dryRun)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "registrations.csv");
        return await client.PostAsync($"/api/v1/events/{eventId}/registrations/import?dryRun={(dryRun ? "true" : "false")}", form);
    }

    private static async Task<List<(int Line, string? Column, string Code)>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("code").GetString()!))
            .ToList();
    }

    private Task<int> CountAsync(int eventId) => _app.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == eventId));

    [Fact]
    public async Task A_thousand_row_file_with_three_bad_rows_lists_exactly_those_and_the_corrected_file_imports_all()
    {
        var (client, eventId) = await OrganizerAsync();
        var before = await CountAsync(eventId);
        var lines = ImportCsv.Lines(1000, "thousand.example");
        var good = lines.ToList();
        lines[101] = lines[101].Replace("person101@thousand.example", "not-an-email");
        lines[502] = lines[502].Replace(",TH,", ",ZZ,");
        lines[903] = lines[903].Replace("Hong Gil-dong 903", "");

        var errors = await ErrorsAsync(await PostFileAsync(client, eventId, ImportCsv.Bytes(lines), dryRun: true));
        Assert.Equal([(102, "email", "email"), (503, "country", "country"), (904, "romanized_name", "required")], errors);
        Assert.Equal(before, await CountAsync(eventId));

        var refused = await ErrorsAsync(await PostFileAsync(client, eventId, ImportCsv.Bytes(lines), dryRun: false));
        Assert.Equal(3, refused.Count);
        Assert.Equal(before, await CountAsync(eventId));

        var dry = await PostFileAsync(client, eventId, ImportCsv.Bytes(good), dryRun: true);
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Equal(before, await CountAsync(eventId));
        var import = await PostFileAsync(client, eventId, ImportCsv.Bytes(good), dryRun: false);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Contains("\"imported\":1000", await import.Content.ReadAsStringAsync());
        Assert.Equal(before + 1000, await CountAsync(eventId));
        Assert.Equal("홍길동7", await _app.WithDbAsync(db => db.Registrations.Where(r => r.Email == "person7@thousand.example").Select(r => r.HangulName).SingleAsync()));

        var again = await ErrorsAsync(await PostFileAsync(client, eventId, ImportCsv.Bytes(good.Take(3)), dryRun: true));
        Assert.Equal([(2, "email", "already-registered"), (3, "email", "already-registered")], again);
    }

    [Fact]
    public async Task A_file_in_the_wrong_encoding_is_refused_line_by_line_and_nothing_is_written()
    {
        var (client, eventId) = await OrganizerAsync();
        var before = await CountAsync(eventId);
        // "홍길동" in EUC-KR (CP949), as Excel in Korea saves "CSV" by default.
        var eucKr = new byte[] { 0xC8, 0xAB, 0xB1, 0xE6, 0xB5, 0xBF };
        var content = Encoding.UTF8.GetBytes(ImportCsv.Header + "\r\nok@enc.example,,Kim,KARI,KR,,Delegate,,,,no\r\nbad@enc.example,")
            .Concat(eucKr).Concat(Encoding.ASCII.GetBytes(",Hong,KARI,KR,,Delegate,,,,no\r\n")).ToArray();

        var errors = await ErrorsAsync(await PostFileAsync(client, eventId, content, dryRun: false));
        Assert.Equal([(3, null, "encoding")], errors);
        Assert.Equal(before, await CountAsync(eventId));
    }

    [Fact]
    public async Task A_file_without_the_required_header_columns_names_them()
    {
        var (client, eventId) = await OrganizerAsync();
        var content = Encoding.UTF8.GetBytes("email,name,country\r\na@b.example,Kim,KR\r\n");
        var errors = await ErrorsAsync(await PostFileAsync(client, eventId, content, dryRun: true));
        Assert.Equal([(1, "romanized_name", "missing-header"), (1, "organization", "missing-header"), (1, "participant_type", "missing-header")], errors);
    }

    [Fact]
    public async Task Formula_like_cells_such_as_HYPERLINK_are_rejected_as_row_errors()
    {
        var (client, eventId) = await OrganizerAsync();
        var before = await CountAsync(eventId);
        var lines = ImportCsv.Lines(3, "formula.example");
        lines[2] = lines[2].Replace("Director", "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        lines[3] = lines[3].Replace("Director", "@SUM(A1)");
        var errors = await ErrorsAsync(await PostFileAsync(client, eventId, ImportCsv.Bytes(lines), dryRun: false));
        Assert.Equal([(3, "position", "formula"), (4, "position", "formula")], errors);
        Assert.Equal(before, await CountAsync(eventId));
    }

    [Fact]
    public async Task Duplicates_bad_participant_types_and_yes_no_values_are_reported_with_their_line()
    {
        var (client, eventId) = await OrganizerAsync();
        var lines = ImportCsv.Lines(4, "dup.example");
        lines[3] = lines[3].Replace("person3@", "PERSON1@");
        lines[4] = lines[4].Replace(",Delegate,", ",Astronaut,").Replace(",yes", ",maybe");
        var errors = await ErrorsAsync(await PostFileAsync(client, eventId, ImportCsv.Bytes(lines), dryRun: true));
        Assert.Equal([(4, "email", "duplicate-in-file"), (5, "participant_type", "participant-type"), (5, "consent_to_directory", "yes-no")], errors);
    }

    [Fact]
    public async Task A_fifty_megabyte_upload_is_refused_with_413_and_nothing_is_written()
    {
        var (client, eventId) = await OrganizerAsync();
        var before = await CountAsync(eventId);
        var big = new byte[50 * 1024 * 1024];
        Array.Fill(big, (byte)'a');
        var response = await PostFileAsync(client, eventId, big, dryRun: false);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("too large", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync(eventId));

        var raw = new ByteArrayContent(new byte[6 * 1024 * 1024]);
        raw.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PostAsync($"/api/v1/events/{eventId}/registrations/import", raw)).StatusCode);
    }

    [Fact]
    public async Task A_text_csv_body_is_accepted_and_imported_rows_start_as_submitted()
    {
        var (client, eventId) = await OrganizerAsync();
        var body = new ByteArrayContent(ImportCsv.Bytes(ImportCsv.Lines(2, "body.example")));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await client.PostAsync($"/api/v1/events/{eventId}/registrations/import?dryRun=false", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statuses = await _app.WithDbAsync(db => db.Registrations.Where(r => r.Email.EndsWith("@body.example")).Select(r => r.Status).ToListAsync());
        Assert.Equal([RegistrationStatus.Submitted, RegistrationStatus.Submitted], statuses);
        Assert.True(await _app.AuditCountAsync("registrations.imported") >= 1);
    }

    [Fact]
    public async Task Only_organizers_may_import()
    {
        var eventId = await _app.EventIdAsync("emerging");
        var delegate_ = await _app.SignedInAsync($"delegate-{Guid.NewGuid():N}@example.com");
        var response = await PostFileAsync(delegate_, eventId, ImportCsv.Bytes(ImportCsv.Lines(1, "nope.example")), dryRun: false);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostFileAsync(_app.CreateBrowserClientAnonymous(), eventId, [1], dryRun: true)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFileAsync(delegate_, 99999, [1], dryRun: true)).StatusCode);
    }
}
