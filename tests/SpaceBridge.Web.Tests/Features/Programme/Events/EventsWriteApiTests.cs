using System.Net;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Features.Programme.WorkspaceApi;

namespace SpaceBridge.Web.Tests.Features.Programme.Events;

public sealed class EventsWriteApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task An_organizer_creates_an_event_with_201_Location_and_it_stays_a_draft_for_the_public()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();

        using var response = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/events", NewEvent("supply-chain-day"));

        var created = await JsonAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/events/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("2026-09-01T09:00:00+09:00", created.GetProperty("registrationOpensAt").GetString());
        Assert.Equal(200, created.GetProperty("capacity").GetInt32());
        Assert.False(created.GetProperty("published").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await organizer.GetAsync($"/api/v1/events/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_event_with_a_bad_slug_zone_or_dates_is_400_naming_each_field_and_nothing_is_saved()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();
        var bad = new
        {
            slug = "Not A Slug",
            name = Bilingual(null, null),
            timeZone = "Mars/Olympus",
            startDate = "2026-11-11",
            endDate = "2026-11-10",
            published = false,
        };

        var problem = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/events", bad), HttpStatusCode.BadRequest);

        Assert.Equal(["EndDate", "Name", "Slug", "TimeZone"], ErrorFields(problem).Order());
    }

    [Fact]
    public async Task A_second_event_with_the_same_slug_in_the_forum_is_refused()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();
        await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/events", NewEvent("twice")), HttpStatusCode.Created);

        var problem = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/events", NewEvent("twice")), HttpStatusCode.BadRequest);
        Assert.Equal(["Slug"], ErrorFields(problem));
    }

    [Fact]
    public async Task Changing_an_event_needs_its_current_ETag_and_publishing_shows_it_to_everyone()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();
        using var created = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/events", NewEvent("to-publish"));
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var published = NewEvent("to-publish", published: true);

        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{id}", published), HttpStatusCode.PreconditionRequired);
        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{id}", published, "\"5\""), HttpStatusCode.PreconditionFailed);
        var invalid = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{id}", NewEvent("Bad Slug"), ETag(created)), HttpStatusCode.BadRequest);
        Assert.Equal(["Slug"], ErrorFields(invalid));

        using var updated = await organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{id}", published, ETag(created));
        Assert.True((await JsonAsync(updated, HttpStatusCode.OK)).GetProperty("published").GetBoolean());
        Assert.Equal("\"1\"", ETag(updated));
        using var read = await factory.CreateClient().GetAsync($"/api/v1/events/{id}");
        await JsonAsync(read, HttpStatusCode.OK);
        Assert.Equal("\"1\"", ETag(read));
    }

    [Fact]
    public async Task Rooms_are_added_to_the_events_venue_and_refused_with_field_errors_or_for_outsiders()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, roomA, roomB) = await organizer.EventWithRoomsAsync(await factory.DemoForumIdAsync(), "rooms");
        Assert.NotEqual(roomA, roomB);
        var venue = (await factory.CreateClient().GetJsonAsync($"/api/v1/events/{eventId}")).GetProperty("venue");
        Assert.Equal(2, venue.GetProperty("rooms").GetArrayLength());

        var problem = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/rooms",
            new { name = Bilingual("", null), capacity = 0 }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(ErrorFields(problem));
        var outsider = await factory.DelegateAsync();
        await factory.RefusedAsync(() => outsider.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/rooms",
            new { name = Bilingual("Side room", null), capacity = 10 }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Adding_a_room_changes_the_events_ETag_so_a_change_made_before_it_is_refused_as_stale()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, _, _) = await organizer.EventWithRoomsAsync(await factory.DemoForumIdAsync(), "rooms-etag");
        using var before = await organizer.GetAsync($"/api/v1/events/{eventId}");
        var seen = ETag(before);

        await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/rooms",
            new { name = Bilingual("Room C", "C실"), capacity = 20 }), HttpStatusCode.Created);

        using var after = await organizer.GetAsync($"/api/v1/events/{eventId}");
        Assert.Equal(3, (await JsonAsync(after, HttpStatusCode.OK)).GetProperty("venue").GetProperty("rooms").GetArrayLength());
        Assert.NotEqual(seen, ETag(after));
        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{eventId}", NewEvent("rooms-etag", true), seen),
            HttpStatusCode.PreconditionFailed);
        using var current = await organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{eventId}", NewEvent("rooms-etag", true), ETag(after));
        await JsonAsync(current, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Someone_who_does_not_organize_the_forum_cannot_create_or_change_its_events()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();
        using var created = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/events", NewEvent("not-yours"));
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var outsider = await factory.DelegateAsync();

        await factory.RefusedAsync(() => outsider.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/events", NewEvent("theirs")), HttpStatusCode.Forbidden);
        await factory.RefusedAsync(() => outsider.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{id}", NewEvent("not-yours", true), "*"), HttpStatusCode.Forbidden);
    }
}
