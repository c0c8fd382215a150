using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Infrastructure.Security;

/// <summary>
/// Per-IP fixed-window limits on the endpoints that attackers hammer. Each policy reads
/// <c>RateLimits:{Policy}:PermitLimit</c> and <c>RateLimits:{Policy}:WindowSeconds</c>; page policies count
/// only form posts, so showing a form is never limited.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";
    public const string ForgotPassword = "forgot-password";
    public const string Token = "token";
    public const string CheckIn = "check-in";

    private static readonly (string Name, string Section, int Permits, int WindowSeconds)[] Defaults =
    [
        (SignIn, "SignIn", 10, 60),
        (SignUp, "SignUp", 5, 600),
        (ForgotPassword, "ForgotPassword", 5, 600),
        (Token, "Token", 10, 60),
        (CheckIn, "CheckIn", 120, 60),
    ];

    public static IServiceCollection AddSpaceBridgeRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = OnRejectedAsync;
            foreach (var (name, section, permits, window) in Defaults)
            {
                var limit = configuration.GetValue($"RateLimits:{section}:PermitLimit", permits);
                var seconds = configuration.GetValue($"RateLimits:{section}:WindowSeconds", window);
                var everyMethod = name is Token or CheckIn;
                o.AddPolicy(name, http => !everyMethod && HttpMethods.IsGet(http.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("get")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = limit,
                            Window = TimeSpan.FromSeconds(seconds),
                            QueueLimit = 0,
                        }));
            }
        });
        return services;
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        if (AccountsSetup.IsApi(http.Request))
        {
            await Results.Problem(
                title: "Too many requests",
                detail: "Too many requests from this address; wait a moment and try again.",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
            return;
        }
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var title = System.Net.WebUtility.HtmlEncode(l["RateLimit.Title"]);
        var text = System.Net.WebUtility.HtmlEncode(l["RateLimit.Text"]);
        var back = System.Net.WebUtility.HtmlEncode(l["RateLimit.Back"]);
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + $"<title>{title}</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main class=\"container\"><h1>{title}</h1><p>{text}</p>"
            + $"<p><a href=\"/\">{back}</a></p></main></body></html>",
            cancellationToken);
    }
}
