using System.Net.Http.Headers;
using System.Net;
using System.Text.Json;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

public sealed class ImportTextTests(RegistrationApp app) : IClassFixture<RegistrationApp>
{
    [Theory]
    [InlineData("\0")]
    [InlineData("\u0007")]
    [InlineData("\u001b[31m")]
    public async Task Cells_with_NUL_or_other_control_characters_are_row_errors_and_nothing_is_stored(string control)
    {
        var organizer = await app.OrganizerClientAsync($"nul-{Guid.NewGuid():N}@msit.example");
        var eventId = await app.EventIdAsync("emerging");
        var lines = ImportCsv.Lines(3, $"nul-{Guid.NewGuid():N}.example");
        lines[2] = lines[2].Replace("Hong Gil-dong 2", $"Hong{control}Gil-dong 2");
        var before = await DatabaseFingerprint.TakeAsync(app);

        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(ImportCsv.Bytes(lines));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "registrations.csv");
        var response = await organizer.PostAsync($"/api/v1/events/{eventId}/registrations/import?dryRun=false", form);

        var problem = await ApiClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "romanized_name", "control-character"),
            (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetString(), error.GetProperty("code").GetString()));
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)));
    }
}
