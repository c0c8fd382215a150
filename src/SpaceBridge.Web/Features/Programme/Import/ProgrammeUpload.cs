using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SpaceBridge.Web.Features.Programme.Import;

/// <summary>
/// Programme sheets are read into memory up to <see cref="ProgrammeImporter.MaxFileBytes"/>. Larger uploads are refused
/// before anything reads the body (the antiforgery check of a page reads the whole form first): the API answers 413
/// with a ProblemDetails, the page redirects back to itself with a message.
/// </summary>
public static partial class ProgrammeUpload
{
    /// <summary>
    /// The page's import step posts the checked file back as base64 (a third larger), plus room for the multipart
    /// envelope and the form's other fields.
    /// </summary>
    public const long MaxRequestBytes = ProgrammeImporter.MaxFileBytes * 4 / 3 + 128 * 1024;

    /// <summary>The file's bytes, or null when it is larger than the limit.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > ProgrammeImporter.MaxFileBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    [GeneratedRegex(@"^/organizer/events/(?<id>\d+)/sessions/import/?$", RegexOptions.IgnoreCase)]
    private static partial Regex PagePath();

    [GeneratedRegex(@"^/api/v1/events/\d+/sessions/import/?$", RegexOptions.IgnoreCase)]
    private static partial Regex ApiPath();

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await next();
            return;
        }
        var path = context.Request.Path.Value ?? "";
        var page = PagePath().Match(path);
        var api = !page.Success && ApiPath().IsMatch(path);
        if (!page.Success && !api)
        {
            await next();
            return;
        }
        if (context.Request.ContentLength > MaxRequestBytes)
        {
            if (api)
            {
                await TooLarge().ExecuteAsync(context);
            }
            else
            {
                context.Response.Redirect($"/organizer/events/{page.Groups["id"].Value}/sessions/import?tooLarge=true");
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
            }
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBytes;
        }
        await next();
    }

    public static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large",
            detail: $"Programme sheets may be at most {ProgrammeImporter.MaxFileBytes / (1024 * 1024)} MB.",
            extensions: new Dictionary<string, object?> { ["code"] = ProgrammeImportErrorCodes.TooLarge });

    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) => InvokeAsync(context, () => nextMiddleware(context)));
            next(app);
        };
    }
}
