using System.Net;
using System.Net.Http.Headers;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Errors;

public class ProblemDetailsTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Api_errors_are_problem_json_even_when_the_client_asks_for_html()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events/987654");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var problem = await ApiClient.AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.NotFound);

        Assert.Equal("/api/v1/events/987654", problem.GetProperty("instance").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task A_write_method_on_the_read_only_api_is_a_405_problem()
    {
        var response = await _client.PostAsync("/api/v1/events", new StringContent("{}"));

        await ApiClient.AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task An_unparsable_parameter_names_the_parameter_and_hides_server_internals()
    {
        var problem = await _client.GetProblemAsync("/api/v1/events?page=abc", HttpStatusCode.BadRequest);

        Assert.Contains("page", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("exception", out _), "stack traces must not leak outside Development");
    }
}
