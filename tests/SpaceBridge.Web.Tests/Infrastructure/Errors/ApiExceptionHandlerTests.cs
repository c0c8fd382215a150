using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Tests.Infrastructure.Errors;

public class ApiExceptionHandlerTests
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddApiErrorHandling()
        .BuildServiceProvider();

    private static async Task<(bool Handled, HttpContext Context, JsonElement? Body)> HandleAsync(string path, Exception exception)
    {
        var context = new DefaultHttpContext { RequestServices = Services };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        var handler = new ApiExceptionHandler(Services.GetRequiredService<IProblemDetailsService>(), NullLogger<ApiExceptionHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);

        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return (handled, context, text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task A_broken_domain_rule_on_the_api_is_a_400_validation_problem_with_its_field_errors()
    {
        var broken = new DomainValidationException("RoomId", "Main hall already hosts 'Opening remarks' at that time.");

        var (handled, context, body) = await HandleAsync("/api/v1/sessions", broken);

        Assert.True(handled);
        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType?.Split(';')[0]);
        var errors = body!.Value.GetProperty("errors").GetProperty("RoomId");
        Assert.Contains("Opening remarks", errors[0].GetString());
        Assert.Equal("One or more validation errors occurred.", body.Value.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_refusal_is_answered_with_its_own_status_title_and_detail()
    {
        var (handled, context, body) = await HandleAsync("/api/v1/events/1/schedule-runs/2/publish",
            new ScheduleChangedException("The schedule changed meanwhile; nothing was saved."));

        Assert.True(handled);
        Assert.Equal(409, context.Response.StatusCode);
        Assert.Equal("Schedule changed", body!.Value.GetProperty("title").GetString());
        Assert.Equal("The schedule changed meanwhile; nothing was saved.", body.Value.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_meeting_request_that_is_not_the_callers_is_not_found_whatever_the_message_says()
    {
        var (handled, context, body) = await HandleAsync("/api/v1/meeting-requests/7/accept",
            new MeetingRequestRefused(RefusalKind.NotFound, "요청을 찾을 수 없습니다."));

        Assert.True(handled);
        Assert.Equal(404, context.Response.StatusCode);
        Assert.Equal("There is no such meeting request among yours.", body!.Value.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_data_annotations_validation_exception_is_a_400_problem()
    {
        var (handled, context, body) = await HandleAsync("/api/v1/events", new ValidationException("Name is required."));

        Assert.True(handled);
        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal("Name is required.", body!.Value.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unexpected_error_on_the_api_is_a_500_problem_without_internals()
    {
        var (handled, context, body) = await HandleAsync("/api/v1/events", new InvalidOperationException("connection string secret"));

        Assert.True(handled);
        Assert.Equal(500, context.Response.StatusCode);
        Assert.DoesNotContain("secret", body!.Value.ToString());
    }

    [Fact]
    public async Task Page_errors_are_left_to_the_pages_error_handling()
    {
        var (handled, _, body) = await HandleAsync("/events/1", new DomainValidationException("RoomId", "taken"));

        Assert.False(handled);
        Assert.Null(body);
    }
}
