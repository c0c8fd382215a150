using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace SpaceBridge.Web.Infrastructure.Errors;

/// <summary>
/// Logs every 5xx answer with the trace id that its ProblemDetails body carries (<c>traceId</c>), in every
/// environment, so an operator can find the cause from what a client reports. It sits outside the exception
/// handler: exceptions the handler turned into a 500 are logged here with their stack trace, since the handler
/// does not log what it handled. An exception that reaches it unhandled is logged and passed on.
/// </summary>
public sealed partial class ServerErrorLogging(RequestDelegate next, ILogger<ServerErrorLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested && Log(context, ex, StatusCodes.Status500InternalServerError))
        {
            throw;
        }
        if (context.Response.StatusCode >= 500)
        {
            Log(context, context.Features.Get<IExceptionHandlerFeature>()?.Error, context.Response.StatusCode);
        }
    }

    /// <summary>The id a ProblemDetails answer names as <c>traceId</c> (see <see cref="ApiProblemDetailsWriter"/>).</summary>
    public static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    /// <summary>Always false, so it can log from an exception filter without catching.</summary>
    private bool Log(HttpContext context, Exception? exception, int status)
    {
        var request = context.Request;
        if (exception is null)
        {
            LogStatus(logger, status, request.Method, request.Path, TraceId(context));
        }
        else
        {
            LogException(logger, exception, status, request.Method, request.Path, TraceId(context));
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Answered {Status} to {Method} {Path} (trace id {TraceId})")]
    private static partial void LogException(ILogger logger, Exception exception, int status, string method, string path, string traceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answered {Status} to {Method} {Path} (trace id {TraceId})")]
    private static partial void LogStatus(ILogger logger, int status, string method, string path, string traceId);
}
