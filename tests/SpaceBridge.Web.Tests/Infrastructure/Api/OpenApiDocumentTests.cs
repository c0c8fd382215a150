using System.Net;
using System.Text.Json;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Api;

/// <summary>
/// The OpenAPI document is one that client generators accept: named and summarised operations, typed success and
/// error responses, and the security schemes declared and applied.
/// </summary>
public sealed class OpenApiDocumentTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private sealed record Operation(string Method, string Path, JsonElement Body)
    {
        public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";
    }

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement.Clone();

    private static List<Operation> Operations(JsonElement document) =>
    [
        .. document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => Methods.Contains(o.Name))
            .Select(o => new Operation(o.Name, path.Name, o.Value))),
    ];

    private static IEnumerable<string> Statuses(Operation operation) =>
        operation.Body.GetProperty("responses").EnumerateObject().Select(r => r.Name);

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_and_a_summary()
    {
        var operations = Operations(await DocumentAsync());

        Assert.True(operations.Count >= 37, $"only {operations.Count} operations described");
        var unnamed = operations.Where(o => !o.Body.TryGetProperty("operationId", out var id) || string.IsNullOrWhiteSpace(id.GetString()));
        Assert.Empty(unnamed.Select(o => o.ToString()));
        var unsummarised = operations.Where(o => !o.Body.TryGetProperty("summary", out var s) || string.IsNullOrWhiteSpace(s.GetString()));
        Assert.Empty(unsummarised.Select(o => o.ToString()));
        var duplicates = operations.GroupBy(o => o.Body.GetProperty("operationId").GetString()).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public async Task Every_tag_that_an_operation_uses_is_declared_with_a_description()
    {
        var document = await DocumentAsync();
        var used = Operations(document).SelectMany(o => o.Body.TryGetProperty("tags", out var tags) ? tags.EnumerateArray().Select(t => t.GetString()!) : [])
            .ToHashSet();
        var described = document.TryGetProperty("tags", out var declared)
            ? declared.EnumerateArray().Where(t => t.TryGetProperty("description", out var d) && !string.IsNullOrWhiteSpace(d.GetString()))
                .Select(t => t.GetProperty("name").GetString()!).ToHashSet()
            : [];

        Assert.True(used.Count >= 18, $"only {used.Count} tags used");
        Assert.Empty(used.Except(described).Order());
    }

    [Fact]
    public async Task Every_operation_declares_a_success_response_with_the_media_type_of_its_body()
    {
        foreach (var operation in Operations(await DocumentAsync()))
        {
            var successes = operation.Body.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            Assert.True(successes.Count > 0, $"{operation} declares no 2xx response");
            foreach (var success in successes.Where(r => r.Name != "204"))
            {
                Assert.True(success.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any(),
                    $"{operation} answers {success.Name} without saying what the body is");
                Assert.All(content.EnumerateObject(), media =>
                    Assert.True(media.Value.TryGetProperty("schema", out _), $"{operation} {success.Name} {media.Name} has no schema"));
            }
        }
    }

    [Fact]
    public async Task Every_operation_with_route_parameters_declares_its_client_errors_as_problem_details()
    {
        var document = await DocumentAsync();
        var withRouteValues = Operations(document).Where(o => o.Path.Contains('{')).ToList();

        Assert.NotEmpty(withRouteValues);
        foreach (var operation in withRouteValues)
        {
            var clientErrors = Statuses(operation).Where(s => s.StartsWith('4')).ToList();
            Assert.True(clientErrors.Count > 0, $"{operation} declares no 4xx response");
        }
        // API errors are ProblemDetails: every declared 4xx of an /api operation has a problem+json body.
        foreach (var operation in Operations(document).Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var error in operation.Body.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('4')))
            {
                Assert.True(error.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _),
                    $"{operation} answers {error.Name} without a problem+json body");
            }
        }
    }

    [Fact]
    public async Task The_cookie_and_bearer_schemes_are_declared_and_required_exactly_where_a_caller_must_be_signed_in()
    {
        var document = await DocumentAsync();
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        var cookie = schemes.GetProperty("cookie");
        Assert.Equal(("apiKey", "cookie", "SpaceBridge.Auth"),
            (cookie.GetProperty("type").GetString(), cookie.GetProperty("in").GetString(), cookie.GetProperty("name").GetString()));
        var bearer = schemes.GetProperty("bearer");
        Assert.Equal(("http", "bearer"), (bearer.GetProperty("type").GetString(), bearer.GetProperty("scheme").GetString()));

        var operations = Operations(document).ToDictionary(o => o.ToString());
        foreach (var operation in operations.Values)
        {
            Assert.True(operation.Body.TryGetProperty("security", out _), $"{operation} says nothing about security");
        }
        string[] anonymous =
            ["GET /api/v1/forums", "GET /api/v1/events/{id}", "GET /events/{id}/agenda.ics", "GET /feeds/agenda/{token}.ics", "POST /api/v1/auth/token"];
        Assert.All(anonymous, key => Assert.Equal(0, operations[key].Body.GetProperty("security").GetArrayLength()));
        string[] signedIn = ["GET /api/v1/me", "POST /api/v1/events/{id}/registrations", "GET /api/v1/events/{id}/registrations",
            "POST /api/v1/events/{eventId}/schedule-runs", "POST /api/v1/sessions/{id}/attendance", "POST /api/v1/meeting-requests/{id}/accept"];
        foreach (var key in signedIn)
        {
            var requirements = operations[key].Body.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name));
            Assert.Equal(["bearer", "cookie"], requirements.Order(StringComparer.Ordinal));
            Assert.Contains("401", Statuses(operations[key]));
        }
    }

    [Fact]
    public async Task Organizer_operations_declare_the_refusals_of_the_organizer_policy()
    {
        var operations = Operations(await DocumentAsync()).ToDictionary(o => o.ToString());

        string[] organizerOnly =
            ["GET /api/v1/events/{id}/registrations", "GET /api/v1/events/{eventId}/schedule-runs/{runId}", "GET /api/v1/events/{id}/attendance"];
        foreach (var key in organizerOnly)
        {
            Assert.Superset(new HashSet<string> { "401", "403", "404" }, Statuses(operations[key]).ToHashSet());
        }
    }

    [Fact]
    public async Task An_anonymous_call_to_a_signed_in_operation_gets_the_declared_401_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/me");

        await ApiClient.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
