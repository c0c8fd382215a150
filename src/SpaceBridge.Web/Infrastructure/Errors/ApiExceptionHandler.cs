using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace SpaceBridge.Web.Infrastructure.Errors;

/// <summary>
/// Turns exceptions into RFC 9457 ProblemDetails, in one place for every endpoint: a broken domain rule
/// (<see cref="DomainValidationException"/>) is the same 400 validation problem a <c>TypedResults.ValidationProblem</c>
/// gives, a <see cref="IDomainRefusal"/> answers with its own status, title and detail. Bad requests (unparsable
/// parameters) become 400 on every path; on /api paths every other exception becomes ProblemDetails too. Other paths
/// fall through to the pages' own error handling.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => BadRequest(bad),
            DomainValidationException broken => new HttpValidationProblemDetails(broken.Errors.ToDictionary())
            {
                Status = StatusCodes.Status400BadRequest,
            },
            IDomainRefusal refusal => new ProblemDetails
            {
                Status = refusal.StatusCode,
                Title = refusal.Title,
                Detail = refusal.Detail,
                Extensions = refusal.Extensions is { } extensions ? new Dictionary<string, object?>(extensions) : new Dictionary<string, object?>(),
            },
            ValidationException invalid => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request breaks a rule.",
                Detail = invalid.ValidationResult.ErrorMessage ?? invalid.Message,
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The data was changed by someone else.",
                Detail = "Reload and try again.",
            },
            _ when ApiPaths.IsApi(httpContext.Request) => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
            },
            _ => null,
        };
        // Pages keep their own (HTML) error handling, except for unparsable parameters: a 400 is never a 500.
        if (problem is null || (exception is not BadHttpRequestException && !ApiPaths.IsApi(httpContext.Request)))
        {
            return false;
        }
        // 5xx answers are logged, with their exception and trace id, by ServerErrorLogging around this handler.
        if (problem.Status < 500)
        {
            LogClientError(logger, problem.Status.Value, exception.Message);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }

    /// <summary>Minimal APIs report binding failures as 'Failed to bind parameter "int page" from "abc".'</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        var match = ParameterInMessage().Match(bad.Message);
        if (bad.StatusCode != StatusCodes.Status400BadRequest || !match.Success)
        {
            return new ProblemDetails { Status = bad.StatusCode, Title = "The request is not valid.", Detail = bad.Message };
        }
        var parameter = match.Groups["name"].Value;
        // A JSON body that does not fit its model: System.Text.Json says which member and why.
        string[] reasons = Api.RequestValidation.JsonReason(bad) is { } json ? [bad.Message, json] : [bad.Message];
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [parameter] = reasons })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request's parameters are not valid.",
            Detail = $"Invalid parameter(s): {parameter}.",
        };
    }

    [GeneratedRegex("""parameter "[^"]*?(?<name>\w+)"\s""", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex ParameterInMessage();

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered {Status}: {Reason}")]
    private static partial void LogClientError(ILogger logger, int status, string reason);
}
