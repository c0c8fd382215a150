using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Features.Programme.WorkspaceApi;

namespace SpaceBridge.Web.Tests.Features.Programme.Sessions;

public sealed class SessionsWriteApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task An_organizer_creates_a_session_with_201_Location_and_ETag_in_the_events_offset()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, roomA, _) = await organizer.EventWithRoomsAsync(await factory.DemoForumIdAsync(), "session-create");
        var person = await factory.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

        using var response = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession("Launch services", "2026-11-10T10:00:00+09:00", "2026-11-10T11:00:00+09:00", roomA,
                people: [new { personId = person, role = "Moderator" }]));

        var created = await JsonAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/sessions/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"0\"", ETag(response));
        Assert.Equal("2026-11-10T10:00:00+09:00", created.GetProperty("startsAt").GetString());
        Assert.Equal("Moderator", created.GetProperty("people")[0].GetProperty("role").GetString());
        var read = await factory.CreateClient().GetAsync($"/api/v1/sessions/{id}");
        Assert.Equal("\"0\"", ETag(read));
    }

    [Fact]
    public async Task A_session_without_title_or_with_an_end_before_its_start_is_400_with_field_errors_and_nothing_saved()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, roomA, _) = await organizer.EventWithRoomsAsync(await factory.DemoForumIdAsync(), "session-invalid");

        var noTitle = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession(" ", "2026-11-10T10:00:00+09:00", "2026-11-10T11:00:00+09:00", roomA)), HttpStatusCode.BadRequest);
        Assert.Contains("Title", ErrorFields(noTitle));

        var backwards = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession("Backwards", "2026-11-10T11:00:00+09:00", "2026-11-10T10:00:00+09:00", roomA)), HttpStatusCode.BadRequest);
        Assert.Contains("EndsAt", ErrorFields(backwards));

        var badKind = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession("Odd", "2026-11-10T10:00:00+09:00", "2026-11-10T11:00:00+09:00", roomA, kind: "Picnic")), HttpStatusCode.BadRequest);
        Assert.NotEmpty(ErrorFields(badKind));
    }

    [Fact]
    public async Task Double_booking_a_room_or_a_person_is_409_naming_the_other_session_and_nothing_is_saved()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, roomA, roomB) = await organizer.EventWithRoomsAsync(await factory.DemoForumIdAsync(), "session-conflict");
        var person = await factory.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var first = await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession("Opening of the supply chain day", "2026-11-10T09:00:00+09:00", "2026-11-10T10:00:00+09:00", roomA,
                people: [new { personId = person, role = "Speaker" }])), HttpStatusCode.Created);
        var firstId = first.GetProperty("id").GetInt32();

        var room = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession("Clash", "2026-11-10T09:30:00+09:00", "2026-11-10T10:30:00+09:00", roomA)), HttpStatusCode.Conflict);
        Assert.Contains("Opening of the supply chain day", room.GetProperty("detail").GetString());
        Assert.Equal(firstId, room.GetProperty("conflictingSessionIds")[0].GetInt32());

        var speaker = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession("Elsewhere", "2026-11-10T09:30:00+09:00", "2026-11-10T10:30:00+09:00", roomB,
                people: [new { personId = person, role = "Panelist" }])), HttpStatusCode.Conflict);
        Assert.Contains("Opening of the supply chain day", speaker.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_change_needs_If_Match_428_without_412_when_stale_and_raises_the_SEQUENCE_of_a_published_session()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, roomA, roomB) = await organizer.EventWithRoomsAsync(await factory.DemoForumIdAsync(), "session-update");
        using var created = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession("Keynote", "2026-11-10T13:00:00+09:00", "2026-11-10T14:00:00+09:00", roomA, kind: "Keynote"));
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var etag = ETag(created);
        var moved = NewSession("Keynote", "2026-11-10T15:00:00+09:00", "2026-11-10T16:00:00+09:00", roomB, kind: "Keynote");

        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{id}", moved), HttpStatusCode.PreconditionRequired);
        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{id}", moved, "\"7\""), HttpStatusCode.PreconditionFailed);
        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{id}", moved, "W/" + etag), HttpStatusCode.PreconditionFailed);

        using var updated = await organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{id}", moved, etag);
        Assert.Equal("2026-11-10T15:00:00+09:00", (await JsonAsync(updated, HttpStatusCode.OK)).GetProperty("startsAt").GetString());
        Assert.Equal("\"1\"", ETag(updated));
        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{id}", moved, etag), HttpStatusCode.PreconditionFailed);

        var ics = await factory.CreateClient().GetStringAsync($"/sessions/{id}.ics");
        Assert.Contains("SEQUENCE:1", ics);
        using var any = await organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{id}", NewSession("Keynote", "2026-11-10T15:00:00+09:00", "2026-11-10T16:30:00+09:00", roomB, kind: "Keynote"), "*");
        await JsonAsync(any, HttpStatusCode.OK);
        Assert.Contains("SEQUENCE:2", await factory.CreateClient().GetStringAsync($"/sessions/{id}.ics"));
    }

    [Fact]
    public async Task A_session_is_deleted_with_If_Match_and_refused_without_it()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, roomA, _) = await organizer.EventWithRoomsAsync(await factory.DemoForumIdAsync(), "session-delete");
        using var created = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession("Short-lived", "2026-11-10T13:00:00+09:00", "2026-11-10T14:00:00+09:00", roomA));
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();

        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Delete, $"/api/v1/sessions/{id}", null), HttpStatusCode.PreconditionRequired);
        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Delete, $"/api/v1/sessions/{id}", null, "\"3\""), HttpStatusCode.PreconditionFailed);
        using var deleted = await organizer.SendJsonAsync(HttpMethod.Delete, $"/api/v1/sessions/{id}", null, ETag(created));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Sessions.AnyAsync(s => s.Id == id)));
    }

    [Fact]
    public async Task Someone_who_does_not_organize_the_forum_is_refused_403_on_every_session_write()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, roomA, _) = await organizer.EventWithRoomsAsync(await factory.DemoForumIdAsync(), "session-forbidden");
        using var created = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession("Mine", "2026-11-10T13:00:00+09:00", "2026-11-10T14:00:00+09:00", roomA));
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var outsider = await factory.DelegateAsync();
        var body = NewSession("Theirs", "2026-11-10T15:00:00+09:00", "2026-11-10T16:00:00+09:00", roomA);

        await factory.RefusedAsync(() => outsider.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions", body), HttpStatusCode.Forbidden);
        await factory.RefusedAsync(() => outsider.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{id}", body, "*"), HttpStatusCode.Forbidden);
        await factory.RefusedAsync(() => outsider.SendJsonAsync(HttpMethod.Delete, $"/api/v1/sessions/{id}", null, "*"), HttpStatusCode.Forbidden);
    }
}
