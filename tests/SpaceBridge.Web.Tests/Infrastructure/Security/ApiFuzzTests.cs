using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;
using Xunit.Abstractions;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>
/// Schema-driven fuzzing: reads the app's own /openapi/v1.json and sends every operation malformed ids, queries,
/// bodies and content types, as an anonymous caller, a delegate with an approved registration (cookie) and an
/// organizer (bearer token). A bounded, seeded run: the same requests every time. No answer may be a 5xx, and every
/// error answer under /api must be application/problem+json.
/// </summary>
public sealed class ApiFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20231108;
    private const int RequestsPerOperationAndCaller = 28;

    private readonly SpaceBridgeFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Every_operation_answers_malformed_requests_with_a_4xx_problem_and_never_a_5xx()
    {
        var anonymous = _app.CreateClient();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        var openApi = new OpenApiOperations(document);
        var operations = openApi.All().OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        Assert.True(operations.Count >= 30, $"only {operations.Count} operations in the document");
        var values = await RealValuesAsync();
        var requests = new MalformedRequests(openApi, name => values.GetValueOrDefault(name) ?? values["*"]);
        var callers = await CallersAsync(values);

        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var operation in operations)
        {
            foreach (var (caller, client) in callers)
            {
                var random = new Random(Seed ^ StableHash($"{operation.Key} {caller}"));
                for (var i = 0; i < RequestsPerOperationAndCaller; i++)
                {
                    using var request = requests.Next(operation, random);
                    var described = $"{caller} {request.Method} {request.RequestUri} [{request.Content?.Headers.ContentType}] {Snippet(request)}";
                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    var verdict = Judge(request, response);
                    if (verdict is not null)
                    {
                        failures.Add($"{described}\n    -> {status} {verdict}: {Trim(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), 300)}");
                    }
                }
            }
        }
        clock.Stop();

        var total = statuses.Values.Sum();
        output.WriteLine($"Fuzz run (seed {Seed}): {total} requests to {operations.Count} operations as {callers.Count} callers in {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine("Answers by status: " + string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        output.WriteLine($"5xx answers: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}; findings: {failures.Count}");
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>Null when the answer is acceptable: no 5xx, and under /api every error is a ProblemDetails.</summary>
    private static string? Judge(HttpRequestMessage request, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return "server error";
        }
        var api = request.RequestUri!.OriginalString.StartsWith("/api/", StringComparison.Ordinal);
        return api && status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"
            ? $"error answered as {response.Content.Headers.ContentType?.ToString() ?? "no content type"}"
            : null;
    }

    /// <summary>Ids that exist, by parameter or member name, so requests reach the handlers; "*" for any other name.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> RealValuesAsync()
    {
        var (events, forums, sessions, people, organizations) = await _app.WithDbAsync(async db => (
            await db.Events.Select(e => e.Id).ToListAsync(), await db.Forums.Select(f => f.Id).ToListAsync(),
            await db.Sessions.OrderBy(s => s.Id).Select(s => s.Id).Take(3).ToListAsync(), await db.People.OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync(),
            await db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).Take(3).ToListAsync()));
        static IReadOnlyList<string> Text(IEnumerable<int> ids) => [.. ids.Select(i => i.ToString())];
        return new Dictionary<string, IReadOnlyList<string>>
        {
            ["eventId"] = Text(events),
            ["forumId"] = Text(forums),
            ["id"] = Text(events.Concat(forums).Concat(sessions).Concat(people).Concat(organizations).Distinct()),
            ["runId"] = ["1", "2"],
            ["token"] = ["not-a-token"],
            ["*"] = [],
        };
    }

    /// <summary>Anonymous; a delegate with an approved registration and pending requests (cookie); an organizer (bearer).</summary>
    private async Task<List<(string Caller, HttpClient Client)>> CallersAsync(Dictionary<string, IReadOnlyList<string>> values)
    {
        var eventId = await _app.Day1EventIdAsync();
        var delegateUser = await _app.CreateUserAsync(new TestForumRole(ForumRole.Delegate));
        var organizer = await _app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        var others = await _app.AddApprovedRegistrationsAsync(eventId, 2, "Fuzz");
        var mine = await _app.WithDbAsync(async db =>
        {
            var r = new Registration
            {
                EventId = eventId, UserId = delegateUser.Id, SubmittedByUserId = delegateUser.Id, Email = delegateUser.Email, RomanizedName = "Fuzz Delegate",
                OrganizationName = "KARI", CountryCode = "KR", Status = RegistrationStatus.Approved, ConsentToProcessing = true, BadgeToken = BadgeTokens.New(),
            };
            db.Registrations.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        var requests = await _app.AddRequestsAsync(eventId, [(mine, others[0]), (others[1], mine)], MeetingRequestStatus.Pending);
        var registrations = new[] { mine }.Concat(others).Select(i => i.ToString()).ToList();
        values["registrationId"] = registrations;
        values["toRegistrationId"] = registrations;
        values["id"] = [.. values["id"], .. requests.Select(i => i.ToString())];
        return
        [
            ("anonymous", _app.CreateClient()),
            ("delegate", await _app.SignInAsync(delegateUser)),
            ("organizer", await _app.CreateBearerClientAsync(organizer)),
        ];
    }

    private static string Snippet(HttpRequestMessage request) =>
        request.Content is ByteArrayContent content ? Trim(Encoding.UTF8.GetString(content.ReadAsByteArrayAsync().GetAwaiter().GetResult()), 160) : "";

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    /// <summary>FNV-1a: string.GetHashCode differs between runs, and the run must not.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }
        return (int)hash;
    }
}
