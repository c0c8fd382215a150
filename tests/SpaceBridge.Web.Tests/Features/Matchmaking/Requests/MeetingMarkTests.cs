using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Requests;

/// <summary>Each side's mark (must meet, meet, optional): chosen when asking and when accepting, on the API and on the pages.</summary>
public sealed class MeetingMarkTests(MeetingsApp app) : IClassFixture<MeetingsApp>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private Task<MeetingRequest> StoredAsync(int id) => app.WithDbAsync(db => db.MeetingRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<int> CountAsync() => app.WithDbAsync(db => db.MeetingRequests.CountAsync());

    [Fact]
    public async Task The_API_carries_the_requesters_and_the_recipients_marks()
    {
        var a = await app.ParticipantAsync("Mark Sender", "KR", organizationName: "Mark Sender Org");
        var b = await app.ParticipantAsync("Mark Receiver", "US", organizationName: "Mark Receiver Org");
        var eventId = await app.EventIdAsync();

        var sent = await a.Client.PostAsJsonAsync($"/api/v1/events/{eventId}/meeting-requests",
            new { toRegistrationId = b.RegistrationId, mark = "MustMeet" });

        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var created = await JsonAsync(sent);
        Assert.Equal("MustMeet", created.GetProperty("requesterMark").GetString());
        Assert.Equal("Meet", created.GetProperty("recipientMark").GetString());
        var id = created.GetProperty("id").GetInt32();

        var accepted = await b.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept?mark=Optional", null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var answer = await JsonAsync(accepted);
        Assert.Equal("MustMeet", answer.GetProperty("requesterMark").GetString());
        Assert.Equal("Optional", answer.GetProperty("recipientMark").GetString());
        var stored = await StoredAsync(id);
        Assert.Equal((MeetingMark.MustMeet, MeetingMark.Optional, MeetingRequestStatus.Accepted), (stored.FromMark, stored.ToMark, stored.Status));
        var listed = (await JsonAsync(await a.Client.GetAsync($"/api/v1/events/{eventId}/meeting-requests"))).EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal("Optional", listed.GetProperty("recipientMark").GetString());
    }

    [Theory]
    [InlineData("\"Sometimes\"")]
    [InlineData("1")]
    [InlineData("\"\"")]
    public async Task An_unknown_mark_on_a_new_request_is_a_400_and_nothing_is_written(string mark)
    {
        var a = await app.ParticipantAsync("Odd Sender", "KR", organizationName: "Odd Sender Org " + Guid.NewGuid());
        var b = await app.ParticipantAsync("Odd Receiver", "US", organizationName: "Odd Receiver Org " + Guid.NewGuid());
        var before = await CountAsync();

        var response = await a.Client.PostAsync($"/api/v1/events/{await app.EventIdAsync()}/meeting-requests",
            new StringContent($$"""{"toRegistrationId":{{b.RegistrationId}},"mark":{{mark}}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("Sometimes")]
    [InlineData("7")]
    public async Task An_unknown_mark_when_accepting_is_a_400_and_the_request_stays_pending(string mark)
    {
        var a = await app.ParticipantAsync("Odd Asker", "KR", organizationName: "Odd Asker Org " + Guid.NewGuid());
        var b = await app.ParticipantAsync("Odd Accepter", "US", organizationName: "Odd Accepter Org " + Guid.NewGuid());
        var sent = await a.Client.PostAsJsonAsync($"/api/v1/events/{await app.EventIdAsync()}/meeting-requests", new { toRegistrationId = b.RegistrationId });
        var id = (await JsonAsync(sent)).GetProperty("id").GetInt32();
        var before = await StoredAsync(id);

        var response = await b.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept?mark={mark}", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var after = await StoredAsync(id);
        Assert.Equal((MeetingRequestStatus.Pending, before.Version, MeetingMark.Meet), (after.Status, after.Version, after.ToMark));
    }

    [Fact]
    public async Task The_request_page_and_the_meetings_page_store_each_sides_mark_and_show_them()
    {
        var a = await app.ParticipantAsync("Page Sender", "KR", organizationName: "Page Sender Org");
        var b = await app.ParticipantAsync("Page Receiver", "US", organizationName: "Page Receiver Org");
        var eventId = await app.EventIdAsync();

        var form = await a.Client.GetDocumentAsync($"/events/{eventId}/meetings/request?to={b.RegistrationId}");
        Assert.NotNull(form.QuerySelector("input[name=Mark][value=MustMeet]"));
        Assert.Contains("Must-meet requests are placed first", form.QuerySelector("fieldset.meeting-mark")!.TextContent);
        var send = await a.Client.SubmitFormAsync($"/events/{eventId}/meetings/request?to={b.RegistrationId}",
            new Dictionary<string, string> { ["Mark"] = "Optional" });
        Assert.Equal(HttpStatusCode.Redirect, send.StatusCode);
        var id = await app.WithDbAsync(db => db.MeetingRequests.Where(r => r.FromRegistrationId == a.RegistrationId).Select(r => r.Id).SingleAsync());
        Assert.Equal(MeetingMark.Optional, (await StoredAsync(id)).FromMark);

        var accept = await b.Client.SubmitFormAsync($"/events/{eventId}/meetings", new Dictionary<string, string> { ["mark"] = "MustMeet" },
            "form[action*='handler=Accept']");
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        var stored = await StoredAsync(id);
        Assert.Equal((MeetingRequestStatus.Accepted, MeetingMark.Optional, MeetingMark.MustMeet), (stored.Status, stored.FromMark, stored.ToMark));

        var page = await a.Client.GetDocumentAsync($"/events/{eventId}/meetings");
        Assert.Equal("Optional", page.QuerySelector("[data-mark=mine]")!.TextContent);
        Assert.Equal("Must meet", page.QuerySelector("[data-mark=theirs]")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_mark_on_the_pages_is_a_field_error_and_nothing_is_written()
    {
        var a = await app.ParticipantAsync("Form Odd", "KR", organizationName: "Form Odd Org");
        var b = await app.ParticipantAsync("Form Odd Receiver", "US", organizationName: "Form Odd Receiver Org");
        var eventId = await app.EventIdAsync();
        var before = await CountAsync();

        var send = await a.Client.SubmitFormAsync($"/events/{eventId}/meetings/request?to={b.RegistrationId}",
            new Dictionary<string, string> { ["Mark"] = "Sometimes" });

        Assert.Equal(HttpStatusCode.OK, send.StatusCode);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await send.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(html.QuerySelector("fieldset.meeting-mark .field-validation-error")?.TextContent));
        Assert.Equal(before, await CountAsync());
    }
}
