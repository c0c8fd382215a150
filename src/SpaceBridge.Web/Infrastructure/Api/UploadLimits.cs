using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>
/// One upload route (a page and its API twin) with a request size limit. <see cref="PagePath"/> has a named group
/// <c>id</c> that <see cref="PageRedirect"/> turns back into the page's address.
/// </summary>
public sealed record UploadLimit(Regex PagePath, Regex ApiPath, long MaxRequestBytes, Func<string, string> PageRedirect, Func<IResult> TooLarge);

/// <summary>
/// Refuses uploads over their route's limit before anything reads the body (the antiforgery check of a page reads the
/// whole form first): the API answers with the route's ProblemDetails (413), the page redirects back to itself with a
/// message. Bodies without a declared length are capped by the server at the same limit.
/// </summary>
public static class UploadLimits
{
    public static IServiceCollection AddUploadLimit(this IServiceCollection services, UploadLimit limit)
    {
        services.AddSingleton(limit);
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, StartupFilter>());
        return services;
    }

    private static async Task InvokeAsync(HttpContext context, UploadLimit[] limits, Func<Task> next)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await next();
            return;
        }
        var path = context.Request.Path.Value ?? "";
        foreach (var limit in limits)
        {
            var page = limit.PagePath.Match(path);
            var api = !page.Success && limit.ApiPath.IsMatch(path);
            if (!page.Success && !api)
            {
                continue;
            }
            if (context.Request.ContentLength > limit.MaxRequestBytes)
            {
                if (api)
                {
                    await limit.TooLarge().ExecuteAsync(context);
                }
                else
                {
                    context.Response.Redirect(limit.PageRedirect(page.Groups["id"].Value));
                    context.Response.StatusCode = StatusCodes.Status303SeeOther;
                }
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit.MaxRequestBytes;
            }
            break;
        }
        await next();
    }

    private sealed class StartupFilter(IEnumerable<UploadLimit> limits) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var all = limits.ToArray();
            app.Use((context, nextMiddleware) => InvokeAsync(context, all, () => nextMiddleware(context)));
            next(app);
        };
    }
}
