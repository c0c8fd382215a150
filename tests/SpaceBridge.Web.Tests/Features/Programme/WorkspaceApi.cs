using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme;

/// <summary>Callers and requests of the organizer workspace's write API, and the check that a refusal changed nothing.</summary>
public static class WorkspaceApi
{
    public static Task<int> DemoForumIdAsync(this SpaceBridgeFactory factory) =>
        factory.WithDbAsync(db => db.Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync());

    /// <summary>A bearer client of an organizer (for MSIT) of the demo forum.</summary>
    public static async Task<HttpClient> OrganizerAsync(this SpaceBridgeFactory factory) =>
        await factory.CreateBearerClientAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));

    /// <summary>A bearer client of a delegate of the demo forum: signed in, but no organizer.</summary>
    public static async Task<HttpClient> DelegateAsync(this SpaceBridgeFactory factory) =>
        await factory.CreateBearerClientAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Sends a request that must be refused with <paramref name="expected"/> ProblemDetails and leave every table as it was.</summary>
    public static async Task<JsonElement> RefusedAsync(this SpaceBridgeFactory factory, Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
    {
        var before = await DatabaseFingerprint.TakeAsync(factory);
        using var response = await send();
        var problem = await ApiClient.AssertProblemAsync(response, expected);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(factory)));
        return problem;
    }

    /// <summary>The field errors of a validation problem, by field name.</summary>
    public static IReadOnlyList<string> ErrorFields(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    public static string ETag(HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new Xunit.Sdk.XunitException("No ETag in the response.");

    public static object Bilingual(string? en, string? ko) => new { en, ko };

    public static object NewEvent(string slug, bool published = false) => new
    {
        slug,
        name = Bilingual("Space Supply Chain Day", "우주 공급망의 날"),
        description = Bilingual("Suppliers meet primes.", null),
        timeZone = "Asia/Seoul",
        startDate = "2026-11-10",
        endDate = "2026-11-11",
        capacity = 200,
        registrationOpensAt = "2026-09-01T09:00:00+09:00",
        registrationClosesAt = "2026-11-01T18:00:00+09:00",
        published,
        venue = new { name = Bilingual("COEX", "코엑스"), address = Bilingual(null, "서울 강남구"), city = "Seoul" },
    };

    /// <summary>Creates an event with a venue and two rooms in the demo forum; returns its id and the rooms' ids.</summary>
    public static async Task<(int EventId, int RoomA, int RoomB)> EventWithRoomsAsync(this HttpClient organizer, int forumId, string slug, bool published = true)
    {
        var created = await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/events", NewEvent(slug, published)), HttpStatusCode.Created);
        var eventId = created.GetProperty("id").GetInt32();
        var a = await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/rooms", new { name = Bilingual("Hall A", "A홀"), capacity = 300 }), HttpStatusCode.Created);
        var b = await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/rooms", new { name = Bilingual("Room B", null), capacity = 40 }), HttpStatusCode.Created);
        return (eventId, a.GetProperty("id").GetInt32(), b.GetProperty("id").GetInt32());
    }

    public static object NewSession(string titleEn, string startsAt, string endsAt, int? roomId, bool published = true, object[]? people = null, string kind = "Panel") => new
    {
        kind,
        title = Bilingual(titleEn, null),
        description = Bilingual("About supply chains.", "공급망에 대하여"),
        startsAt,
        endsAt,
        roomId,
        topicIds = Array.Empty<int>(),
        people = people ?? [],
        published,
    };
}
