using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Features.Programme.WorkspaceApi;

namespace SpaceBridge.Web.Tests.Features.Programme.Import;

/// <summary>Programme sheets and the requests that upload them.</summary>
public static class ProgrammeSheets
{
    public const string Header = "kind,title_en,title_ko,description_en,description_ko,date,start,end,room,speakers,moderators,panelists,published";

    public static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, int eventId, byte[] content, bool dryRun, string fileName = "programme.csv")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/api/v1/events/{eventId}/sessions/import?dryRun={(dryRun ? "true" : "false")}", form);
    }

    /// <summary>The row errors of a refused sheet as (line, column, code, reason).</summary>
    public static IReadOnlyList<(int Line, string? Column, string Code, string Reason)> RowErrors(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString(),
            e.GetProperty("code").GetString()!, e.GetProperty("reason").GetString()!))];

    /// <summary>An event (2026-11-10 to 11, Asia/Seoul) with rooms "Hall A" (A홀) and "Room B", and two people of the demo forum.</summary>
    public static async Task<(int EventId, int RoomA, int RoomB, int Kim, int Anne)> EventWithPeopleAsync(this HttpClient organizer, int forumId, string slug)
    {
        var (eventId, roomA, roomB) = await organizer.EventWithRoomsAsync(forumId, slug);
        var suffix = slug.Replace("-", " ");
        var kim = await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/people",
            new { romanizedName = $"Kim Narae {suffix}", hangulName = $"김나래{slug.Length}", familyNameFirst = true }), HttpStatusCode.Created);
        var anne = await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/people",
            new { romanizedName = $"Anne Lake {suffix}", familyNameFirst = false }), HttpStatusCode.Created);
        return (eventId, roomA, roomB, kim.GetProperty("id").GetInt32(), anne.GetProperty("id").GetInt32());
    }
}
