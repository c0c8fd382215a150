using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Errors;

/// <summary>The app with its log collected, in the environment given (Testing unless set).</summary>
public sealed class LoggedApp : SpaceBridgeFactory
{
    public LogCollector Log { get; } = new();

    public string Environment { get; init; } = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Environment);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}

public sealed class ServerErrorTests
{
    /// <summary>A table the API reads is gone: a genuine unexpected failure, answered 500 and logged with the answer's trace id.</summary>
    [Theory]
    [InlineData("Testing")]
    [InlineData("Development")]
    public async Task Every_500_is_logged_with_the_trace_id_its_answer_names(string environment)
    {
        using var app = new LoggedApp { Environment = environment };
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/forums")).StatusCode);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"People\" RENAME TO \"PeopleGone\""));

        var response = await client.GetAsync("/api/v1/people");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var logged = app.Log.Lines.Where(l => l.Category == typeof(ServerErrorLogging).FullName && l.Level == LogLevel.Error).ToList();
        var line = Assert.Single(logged);
        Assert.NotNull(line.Exception);
        Assert.Contains("GET /api/v1/people", line.Message);
        if (environment == "Testing")
        {
            var problem = await ApiClient.AssertProblemAsync(response, HttpStatusCode.InternalServerError);
            Assert.Contains($"trace id {problem.GetProperty("traceId").GetString()}", line.Message);
        }
    }

    [Fact]
    public async Task A_4xx_is_not_logged_as_a_server_error()
    {
        using var app = new LoggedApp();
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/events/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/events?page=abc")).StatusCode);

        Assert.DoesNotContain(app.Log.Lines, l => l.Category == typeof(ServerErrorLogging).FullName);
    }
}

/// <summary>API error answers are ProblemDetails (application/problem+json), whatever the endpoint wrote.</summary>
public sealed class ApiNotFoundTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Theory]
    [InlineData("GET", "/api/v1/events/999999/registrations")]
    [InlineData("POST", "/api/v1/events/999999/registrations")]
    [InlineData("GET", "/api/v1/events/999999/attendance")]
    [InlineData("POST", "/api/v1/events/999999/check-ins")]
    [InlineData("POST", "/api/v1/sessions/999999/attendance")]
    [InlineData("GET", "/api/v1/events/999999/recommendations")]
    [InlineData("GET", "/api/v1/events/999999/schedule-runs/1")]
    [InlineData("GET", "/api/v1/no-such-route")]
    public async Task Unknown_events_and_sessions_answer_404_as_problem_json(string method, string url)
    {
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"token":"x","romanizedName":"A","organizationName":"B","countryCode":"KR"}""", System.Text.Encoding.UTF8, "application/json");
        }

        var response = await organizer.SendAsync(request);

        await ApiClient.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
