using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>
/// Refuses request bodies that cannot be decoded before anything reads them: a Content-Type that does not parse
/// (400) and a charset that names no known encoding (415, e.g. <c>charset=""</c>). Under /api the answer is a
/// ProblemDetails; pages get their status page. Forms under /api are checked by <see cref="ApiFormGate"/>.
/// </summary>
public sealed partial class RequestBodyGate(RequestDelegate next, ILogger<RequestBodyGate> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.ContentType.Count > 0 && Refusal(context.Request) is { } refusal)
        {
            await RefuseAsync(context, logger, refusal.Status, refusal.Title, refusal.Detail);
            return;
        }
        await next(context);
    }

    private static (int Status, string Title, string Detail)? Refusal(HttpRequest request)
    {
        var header = request.ContentType ?? "";
        if (!MediaTypeHeaderValue.TryParse(header, out var mediaType))
        {
            return (StatusCodes.Status400BadRequest, "The Content-Type header cannot be read", $"'{header}' is not a media type such as application/json.");
        }
        if (mediaType.Charset.HasValue && !IsKnownEncoding(HeaderUtilities.RemoveQuotes(mediaType.Charset).ToString()))
        {
            return (StatusCodes.Status415UnsupportedMediaType, "Unsupported charset",
                $"The charset '{mediaType.Charset}' names no encoding this site reads; send UTF-8 (charset=utf-8) or leave the charset out.");
        }
        return null;
    }

    private static bool IsKnownEncoding(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }
        try
        {
            Encoding.GetEncoding(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Answers with the status (and a ProblemDetails under /api) without running the rest of the pipeline.</summary>
    internal static async Task RefuseAsync(HttpContext context, ILogger logger, int status, string title, string detail)
    {
        LogRefused(logger, status, context.Request.Method, context.Request.Path, title);
        context.Response.StatusCode = status;
        if (ApiPaths.IsApi(context.Request))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
            });
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused the body of {Method} {Path} with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string method, string path, string reason);
}
