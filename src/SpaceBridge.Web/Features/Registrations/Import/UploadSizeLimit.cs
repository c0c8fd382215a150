using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;

namespace SpaceBridge.Web.Features.Registrations.Import;

/// <summary>
/// Refuses import uploads over the limit before anything reads the body (the antiforgery check of a
/// page reads the whole form first): the API answers 413 with a ProblemDetails, the page redirects
/// back to itself with a message. Bodies without a declared length are capped by the server instead.
/// </summary>
public static partial class UploadSizeLimit
{
    /// <summary>The file limit plus room for the multipart envelope and the form's other fields.</summary>
    public const long MaxRequestBytes = RegistrationImporter.MaxFileBytes + 64 * 1024;

    [GeneratedRegex(@"^/organizer/events/(?<id>\d+)/import/?$", RegexOptions.IgnoreCase)]
    private static partial Regex PagePath();

    [GeneratedRegex(@"^/api/v1/events/\d+/registrations/import/?$", RegexOptions.IgnoreCase)]
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
                await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large",
                    detail: $"Import files may be at most {RegistrationImporter.MaxFileBytes / (1024 * 1024)} MB.",
                    extensions: new Dictionary<string, object?> { ["code"] = ImportErrorCodes.TooLarge }).ExecuteAsync(context);
            }
            else
            {
                context.Response.Redirect($"/organizer/events/{page.Groups["id"].Value}/import?tooLarge=true");
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

    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) => InvokeAsync(context, () => nextMiddleware(context)));
            next(app);
        };
    }
}
