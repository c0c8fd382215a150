using System.Net.Http.Headers;
using System.Net;
using System.Text.Json;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>
/// Every unsafe API route, called with a signed-in organizer's cookie (who is also an approved participant, so
/// each call would otherwise get as far as its endpoint): from another origin it is refused with 403 and the
/// database is unchanged; from the site itself, or with a bearer token, it is not refused.
/// </summary>
public sealed class CrossSiteApiWriteTests : IDisposable
{
    private const string Foreign = "http://evil.example";

    // A fresh app per test: the tests that succeed queue schedule runs, and an event holds only a few at once.
    private readonly SpaceBridgeFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_unsafe_API_route_refuses_a_cookie_request_from_another_origin_and_changes_nothing()
    {
        var caller = await CallerAsync();
        var routes = await RoutesAsync(caller);
        var failures = new List<string>();
        foreach (var (key, route) in routes)
        {
            var before = await DatabaseFingerprint.TakeAsync(_factory);
            foreach (var (name, dress) in ForeignVariants)
            {
                using var request = route.Request();
                dress(request);
                using var response = await caller.Client.SendAsync(request);
                if (!await IsRefusedAsync(response))
                {
                    failures.Add($"{key} ({name}) answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
            var changed = DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(_factory));
            if (changed.Count > 0)
            {
                failures.Add($"{key} changed {string.Join(", ", changed)}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_cookie_request_without_Origin_or_Sec_Fetch_Site_is_refused_unless_it_carries_an_antiforgery_token()
    {
        var caller = await CallerAsync();
        var routes = await RoutesAsync(caller);
        var bare = await _factory.SignInAsync(caller.User);
        bare.DefaultRequestHeaders.Remove("Origin");
        var route = routes["POST /api/v1/events/{eventId:int}/schedule-runs"];
        var before = await CountAsync(db => db.ScheduleRuns.CountAsync());

        using (var response = await bare.SendAsync(route.Request()))
        {
            Assert.True(await IsRefusedAsync(response), $"answered {(int)response.StatusCode}");
        }
        Assert.Equal(before, await CountAsync(db => db.ScheduleRuns.CountAsync()));

        var token = await AntiforgeryTokenAsync(bare);
        using var withToken = route.Request();
        withToken.Headers.Add("RequestVerificationToken", token);
        using var accepted = await bare.SendAsync(withToken);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(before + 1, await CountAsync(db => db.ScheduleRuns.CountAsync()));
    }

    [Fact]
    public async Task The_sites_own_pages_and_bearer_clients_are_not_refused_on_any_route()
    {
        var caller = await CallerAsync();
        var routes = await RoutesAsync(caller);
        var bearer = await _factory.CreateBearerClientAsync(caller.User);
        var failures = new List<string>();
        foreach (var (key, route) in routes)
        {
            foreach (var (name, client, dress) in new (string, HttpClient, Action<HttpRequestMessage>)[]
            {
                ("same origin", caller.Client, _ => { }),
                ("same origin, Sec-Fetch-Site", caller.Client, r => r.Headers.Add("Sec-Fetch-Site", "same-origin")),
                ("bearer from another origin", bearer, r => r.Headers.Add("Origin", Foreign)),
            })
            {
                using var request = route.Request();
                dress(request);
                using var response = await client.SendAsync(request);
                if (await IsRefusedAsync(response) || (int)response.StatusCode >= 500)
                {
                    failures.Add($"{key} ({name}) answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_three_cross_site_writes_of_the_issue_work_from_the_site_itself()
    {
        var caller = await CallerAsync();
        var routes = await RoutesAsync(caller);

        var import = await caller.Client.SendAsync(routes["POST /api/v1/events/{id:int}/registrations/import"].Request());
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.True(await CountAsync(db => db.Registrations.CountAsync(r => r.Email.EndsWith("@" + caller.Domain))) > 0);

        var queued = await caller.Client.SendAsync(routes["POST /api/v1/events/{eventId:int}/schedule-runs"].Request());
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);

        var cancel = await caller.Client.SendAsync(routes["POST /api/v1/meeting-requests/{id:int}/cancel"].Request());
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(MeetingRequestStatus.Cancelled, await CountAsync(db => db.MeetingRequests.Where(r => r.Id == caller.SentRequest).Select(r => r.Status).SingleAsync()));
    }

    /// <summary>The reproductions of the issue, as sent: multipart import, form-encoded schedule run, cancel; cookie and a foreign Origin.</summary>
    [Fact]
    public async Task The_three_cross_site_writes_of_the_issue_are_refused_with_403_and_change_nothing()
    {
        var caller = await CallerAsync();
        var eventId = await _factory.Day1EventIdAsync();
        var before = await DatabaseFingerprint.TakeAsync(_factory);
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(ImportCsv.Bytes(ImportCsv.Lines(2, caller.Domain))), "file", "people.csv");
        var requests = new[]
        {
            new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations/import?dryRun=false") { Content = form },
            new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/schedule-runs") { Content = new FormUrlEncodedContent([new("kind", "Full")]) },
            new HttpRequestMessage(HttpMethod.Post, $"/api/v1/meeting-requests/{caller.SentRequest}/cancel"),
        };

        foreach (var request in requests)
        {
            request.Headers.Add("Origin", Foreign);
            using var response = await caller.Client.SendAsync(request);
            Assert.True(await IsRefusedAsync(response), $"{request.RequestUri} answered {(int)response.StatusCode}");
        }
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(_factory)));
    }

    /// <summary>How a page on another site would send the request: its Origin, or the browser's Sec-Fetch-Site verdict.</summary>
    private static readonly (string Name, Action<HttpRequestMessage> Dress)[] ForeignVariants =
    [
        ("Origin of another site", r => r.Headers.Add("Origin", Foreign)),
        ("Origin null", r => r.Headers.Add("Origin", "null")),
        ("Sec-Fetch-Site cross-site", r => { r.Headers.Add("Origin", Foreign); r.Headers.Add("Sec-Fetch-Site", "cross-site"); }),
        ("Sec-Fetch-Site same-site", r => { r.Headers.Remove("Origin"); r.Headers.Add("Origin", "http://sub.localhost"); r.Headers.Add("Sec-Fetch-Site", "same-site"); }),
    ];

    private static async Task<bool> IsRefusedAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Forbidden || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("title").GetString() == "Cross-site request refused";
    }

    private sealed record Caller(TestUser User, HttpClient Client, int RegistrationId, int SentRequest, int[] ReceivedRequests, string Domain, int ExhibitorId);

    private sealed record Route(Func<HttpRequestMessage> Request);

    /// <summary>An organizer of the demo forum with an approved registration, requests sent and received, meeting slots set.</summary>
    private async Task<Caller> CallerAsync()
    {
        var user = await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 4, tables: 2);
        var others = await _factory.AddApprovedRegistrationsAsync(eventId, 3, "Csrf");
        var mine = await CountAsync(async db =>
        {
            var r = new Registration
            {
                EventId = eventId, UserId = user.Id, SubmittedByUserId = user.Id, Email = user.Email, RomanizedName = "Csrf Organizer",
                OrganizationName = "MSIT", CountryCode = "KR", Status = RegistrationStatus.Approved, ConsentToProcessing = true, BadgeToken = BadgeTokens.New(),
            };
            db.Registrations.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        var sent = await _factory.AddRequestsAsync(eventId, [(mine, others[0])], MeetingRequestStatus.Pending);
        var received = await _factory.AddRequestsAsync(eventId, [(others[1], mine), (others[2], mine)], MeetingRequestStatus.Pending);
        // On the staff of a demo exhibitor, so lead scans get as far as the scanner.
        var exhibitorId = await CountAsync(async db =>
        {
            var exhibitor = await db.Exhibitors.Where(x => x.EventId == eventId).OrderBy(x => x.Id).FirstAsync();
            db.ExhibitorStaff.Add(new Web.Features.Exhibition.ExhibitorStaff { ExhibitorId = exhibitor.Id, UserId = user.Id });
            await db.SaveChangesAsync();
            return exhibitor.Id;
        });
        return new Caller(user, await _factory.SignInAsync(user), mine, sent[0], [.. received], $"csrf-{Guid.NewGuid():N}.example", exhibitorId);
    }

    /// <summary>A request for every unsafe API route; a route this test does not know fails it, so new routes are covered.</summary>
    private async Task<Dictionary<string, Route>> RoutesAsync(Caller caller)
    {
        var eventId = await _factory.Day1EventIdAsync();
        var sessionId = await CountAsync(db => db.Sessions.Where(s => s.EventId == eventId).Select(s => s.Id).FirstAsync());
        var pending = await CountAsync(db => db.Registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Submitted)
            .Select(r => new { r.Id, r.Version }).FirstOrDefaultAsync());
        var review = pending is null ? "[]" : $"[{{\"registrationId\":{pending.Id},\"version\":{pending.Version}}}]";
        var known = new Dictionary<string, Route>
        {
            ["POST /api/v1/auth/token"] = Json("/api/v1/auth/token", $"{{\"email\":\"{caller.User.Email}\",\"password\":\"{caller.User.Password}\"}}"),
            ["POST /api/v1/events/{id:int}/registrations"] = Json($"/api/v1/events/{eventId}/registrations",
                """{"romanizedName":"Cross Site","organizationName":"Evil","countryCode":"KR","consentToProcessing":true}"""),
            ["POST /api/v1/events/{id:int}/registrations/review"] = Json($"/api/v1/events/{eventId}/registrations/review",
                $"{{\"decision\":\"Reject\",\"items\":{review}}}"),
            ["POST /api/v1/events/{id:int}/registrations/import"] = new(() =>
            {
                var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(ImportCsv.Bytes(ImportCsv.Lines(2, caller.Domain)));
                file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                form.Add(file, "file", "people.csv");
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations/import?dryRun=false") { Content = form };
            }),
            ["POST /api/v1/events/{eventId:int}/organization-proposals"] = Json($"/api/v1/events/{eventId}/organization-proposals",
                """{"name":{"en":"Cross Site Org"},"countryCode":"KR"}"""),
            ["POST /api/v1/events/{eventId:int}/organization-proposals/{id:int}/approve"] = Json($"/api/v1/events/{eventId}/organization-proposals/2147480000/approve", ""),
            ["POST /api/v1/events/{eventId:int}/organization-proposals/{id:int}/merge"] = Json($"/api/v1/events/{eventId}/organization-proposals/2147480000/merge",
                """{"intoOrganizationId":1}"""),
            ["POST /api/v1/events/{eventId:int}/schedule-runs"] = Json($"/api/v1/events/{eventId}/schedule-runs", """{"kind":"Full","timeLimitSeconds":1}"""),
            ["POST /api/v1/events/{eventId:int}/schedule-runs/{runId:int}/publish"] = Json($"/api/v1/events/{eventId}/schedule-runs/999999/publish", ""),
            ["POST /api/v1/events/{eventId:int}/schedule-runs/{runId:int}/locks"] = Json($"/api/v1/events/{eventId}/schedule-runs/999999/locks",
                """{"requestId":1,"slotId":1,"locationId":1}"""),
            ["DELETE /api/v1/events/{eventId:int}/schedule-runs/locks/{requestId:int}"] = new(() =>
                new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/events/{eventId}/schedule-runs/locks/2147480000") { Headers = { { "If-Match", "*" } } }),
            ["POST /api/v1/events/{eventId:int}/meeting-requests"] = Json($"/api/v1/events/{eventId}/meeting-requests",
                $"{{\"toRegistrationId\":{caller.RegistrationId - 1},\"message\":\"Hello\"}}"),
            ["POST /api/v1/meeting-requests/{id:int}/accept"] = Json($"/api/v1/meeting-requests/{caller.ReceivedRequests[0]}/accept", ""),
            ["POST /api/v1/meeting-requests/{id:int}/decline"] = Json($"/api/v1/meeting-requests/{caller.ReceivedRequests[1]}/decline", """{"reason":"No"}"""),
            ["POST /api/v1/meeting-requests/{id:int}/cancel"] = Json($"/api/v1/meeting-requests/{caller.SentRequest}/cancel", ""),
            ["POST /api/v1/scheduled-meetings/{id:int}/feedback"] = Json("/api/v1/scheduled-meetings/2147480000/feedback", """{"tookPlace":true}"""),
            ["POST /api/v1/events/{id:int}/check-ins"] = Json($"/api/v1/events/{eventId}/check-ins", """{"token":"not-a-badge","desk":"A"}"""),
            ["POST /api/v1/sessions/{id:int}/attendance"] = Json($"/api/v1/sessions/{sessionId}/attendance", """{"token":"not-a-badge"}"""),
            ["POST /api/v1/exhibitors/{exhibitorId:int}/leads"] = Json($"/api/v1/exhibitors/{caller.ExhibitorId}/leads",
                """{"clientScanId":"csrf-1","token":"not-a-badge"}"""),
            ["POST /api/v1/exhibitors/{exhibitorId:int}/leads/batch"] = Json($"/api/v1/exhibitors/{caller.ExhibitorId}/leads/batch",
                """{"scans":[{"clientScanId":"csrf-2","token":"not-a-badge"}]}"""),
            ["POST /api/v1/forums/{forumId:int}/statements"] = Json("/api/v1/forums/2147480000/statements", """{"title":{"en":"Cross-site","ko":null}}"""),
            ["POST /api/v1/statements/{id:int}/clauses"] = Json("/api/v1/statements/2147480000/clauses", """{"kind":"Operative","en":"x","ko":"y"}"""),
            ["PUT /api/v1/statements/{id:int}/clauses/{clauseId:int}"] = new(() => new HttpRequestMessage(HttpMethod.Put, "/api/v1/statements/2147480000/clauses/1")
            {
                Content = new StringContent("""{"kind":"Operative","en":"x","ko":"y"}""", Encoding.UTF8, "application/json"),
            }),
            ["DELETE /api/v1/statements/{id:int}/clauses/{clauseId:int}"] = new(() => new HttpRequestMessage(HttpMethod.Delete, "/api/v1/statements/2147480000/clauses/1")),
            ["POST /api/v1/statements/{id:int}/clauses/{clauseId:int}/comments"] = Json("/api/v1/statements/2147480000/clauses/1/comments", """{"text":"x"}"""),
            ["POST /api/v1/statements/{id:int}/approvals"] = Json("/api/v1/statements/2147480000/approvals",
                """{"organizationId":1,"version":1,"contentHash":"0000000000000000000000000000000000000000000000000000000000000000"}"""),
            ["DELETE /api/v1/statements/{id:int}/approvals/{organizationId:int}"] = new(() => new HttpRequestMessage(HttpMethod.Delete, "/api/v1/statements/2147480000/approvals/1")),
        };
        var forumId = await CountAsync(db => db.Forums.Where(f => f.Slug == SpaceBridge.Web.DemoData.DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync());
        var personId = await CountAsync(db => db.People.Where(p => p.ForumId == forumId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var organizationId = await CountAsync(db => db.Organizations.Where(o => o.ForumId == forumId).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        const string forum = """{"slug":"csrf-forum","name":{"en":"Csrf"},"city":"Seoul","timeZone":"Asia/Seoul"}""";
        const string ev = """{"slug":"csrf-event","name":{"en":"Csrf"},"startDate":"2023-11-08","endDate":"2023-11-08","published":true}""";
        const string session = """{"kind":"SideMeeting","title":{"en":"Csrf"},"startsAt":"2023-11-08T20:00:00+09:00","endsAt":"2023-11-08T20:30:00+09:00"}""";
        const string person = """{"romanizedName":"Csrf Person"}""";
        const string organization = """{"name":{"en":"Csrf Org"},"kind":"Company","countryCode":"KR"}""";
        known["POST /api/v1/forums"] = Json("/api/v1/forums", forum);
        known["PUT /api/v1/forums/{id:int}"] = Send(HttpMethod.Put, $"/api/v1/forums/{forumId}", forum);
        known["POST /api/v1/forums/{forumId:int}/events"] = Json($"/api/v1/forums/{forumId}/events", ev);
        known["PUT /api/v1/events/{id:int}"] = Send(HttpMethod.Put, $"/api/v1/events/{eventId}", ev);
        known["POST /api/v1/events/{eventId:int}/rooms"] = Json($"/api/v1/events/{eventId}/rooms", """{"name":{"en":"Csrf room"}}""");
        known["POST /api/v1/events/{eventId:int}/sessions"] = Json($"/api/v1/events/{eventId}/sessions", session);
        known["PUT /api/v1/sessions/{id:int}"] = Send(HttpMethod.Put, $"/api/v1/sessions/{sessionId}", session);
        known["DELETE /api/v1/sessions/{id:int}"] = Send(HttpMethod.Delete, $"/api/v1/sessions/{sessionId}", "");
        known["POST /api/v1/events/{eventId:int}/sessions/import"] = new(() =>
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Features.Programme.Import.ProgrammeSheets.Csv("SideMeeting,Csrf import,,,,2023-11-08,21:00,21:30,,,,,yes"));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", "programme.csv");
            return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions/import?dryRun=false") { Content = form };
        });
        known["POST /api/v1/forums/{forumId:int}/people"] = Json($"/api/v1/forums/{forumId}/people", person);
        known["PUT /api/v1/people/{id:int}"] = Send(HttpMethod.Put, $"/api/v1/people/{personId}", person);
        known["POST /api/v1/forums/{forumId:int}/organizations"] = Json($"/api/v1/forums/{forumId}/organizations", organization);
        known["PUT /api/v1/organizations/{id:int}"] = Send(HttpMethod.Put, $"/api/v1/organizations/{organizationId}", organization);
        const string initiativeFields = """{"titleEn":"Csrf","kind":"MoU","stage":"Exploring","visibility":"Organizers"}""";
        known["POST /api/v1/forums/{forumId:int}/initiatives"] = Json($"/api/v1/forums/{forumId}/initiatives",
            $$"""{"fields":{{initiativeFields}},"partyOrganizationIds":[{{organizationId}}]}""");
        known["PUT /api/v1/forums/{forumId:int}/initiatives/{id:int}"] = Send(HttpMethod.Put, $"/api/v1/forums/{forumId}/initiatives/2147480000", initiativeFields);
        const string newsItem = """{"kind":"Notice","title":{"en":"Csrf"},"licence":"AllRightsReserved","published":true}""";
        var newsId = await CountAsync(db => db.Set<SpaceBridge.Web.Features.News.NewsItem>().OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
        known["POST /api/v1/forums/{forumId:int}/news"] = Json($"/api/v1/forums/{forumId}/news", newsItem);
        known["PUT /api/v1/news/{id:int}"] = Send(HttpMethod.Put, $"/api/v1/news/{newsId}", newsItem);
        const string pool = """{"languageA":"ko","languageB":"de","count":1}""";
        known["POST /api/v1/events/{eventId:int}/interpreter-pools"] = Json($"/api/v1/events/{eventId}/interpreter-pools", pool);
        known["PUT /api/v1/events/{eventId:int}/interpreter-pools/{poolId:int}"] = Send(HttpMethod.Put, $"/api/v1/events/{eventId}/interpreter-pools/2147480000", pool);
        known["DELETE /api/v1/events/{eventId:int}/interpreter-pools/{poolId:int}"] = Send(HttpMethod.Delete, $"/api/v1/events/{eventId}/interpreter-pools/2147480000", "");
        var discovered = MatrixEndpoints.Discover(_factory.Services.GetRequiredService<EndpointDataSource>())
            .Where(e => e.IsApi && e.Method is "POST" or "PUT" or "PATCH" or "DELETE").Select(e => e.Key).ToList();
        Assert.True(discovered.Count >= 13, $"only {discovered.Count} unsafe API routes found");
        var unknown = discovered.Except(known.Keys).ToList();
        Assert.True(unknown.Count == 0, "Unsafe API routes without a request in this test:\n  " + string.Join("\n  ", unknown));
        return known.Where(k => discovered.Contains(k.Key)).ToDictionary();
    }

    /// <summary>A change of an existing resource, with a stale If-Match so that a request that gets through changes nothing either.</summary>
    private static Route Send(HttpMethod method, string url, string body) => new(() =>
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = body.Length == 0 ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
        return request;
    });

    private static Route Json(string url, string body) => new(() => new HttpRequestMessage(HttpMethod.Post, url)
    {
        Content = body.Length == 0 ? new ByteArrayContent([]) : new StringContent(body, Encoding.UTF8, "application/json"),
    });

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/account");
        var input = new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")
            ?? throw new Xunit.Sdk.XunitException("No antiforgery token on /account");
        return input.GetAttribute("value")!;
    }

    private Task<T> CountAsync<T>(Func<Web.Infrastructure.Data.AppDbContext, Task<T>> query) => _factory.WithDbAsync(query);
}
