using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Infrastructure.Security;

/// <summary>
/// Per-IP fixed-window limits on the endpoints that attackers hammer. Each policy reads
/// <c>RateLimits:{Policy}:PermitLimit</c> and <c>RateLimits:{Policy}:WindowSeconds</c>; page policies count
/// only form posts, so showing a form is never limited. The limits that protect accounts (sign-in, sign-up,
/// password reset, tokens) count in the database, so that two nodes do not allow twice the attempts; the check-in
/// limit guards a node's throughput and counts in memory. The client address is the one the trusted proxy
/// forwarded (<see cref="ForwardedHeadersSetup"/>).
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";
    public const string ForgotPassword = "forgot-password";
    public const string Token = "token";
    public const string CheckIn = "check-in";

    private static readonly (string Name, string Section, int Permits, int WindowSeconds, bool Shared)[] Defaults =
    [
        (SignIn, "SignIn", 10, 60, true),
        (SignUp, "SignUp", 5, 600, true),
        (ForgotPassword, "ForgotPassword", 5, 600, true),
        (Token, "Token", 10, 60, true),
        (CheckIn, "CheckIn", 120, 60, false),
    ];

    public static IServiceCollection AddSpaceBridgeRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SharedRateLimitStore>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = OnRejectedAsync;
            foreach (var (name, section, permits, window, shared) in Defaults)
            {
                var limit = configuration.GetValue($"RateLimits:{section}:PermitLimit", permits);
                var span = TimeSpan.FromSeconds(configuration.GetValue($"RateLimits:{section}:WindowSeconds", window));
                var everyMethod = name is Token or CheckIn;
                o.AddPolicy(name, http =>
                {
                    if (!everyMethod && HttpMethods.IsGet(http.Request.Method))
                    {
                        return RateLimitPartition.GetNoLimiter("get");
                    }
                    var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                    if (!shared)
                    {
                        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = limit,
                            Window = span,
                            QueueLimit = 0,
                        });
                    }
                    var store = http.RequestServices.GetRequiredService<SharedRateLimitStore>();
                    return RateLimitPartition.Get(client, c => new SharedFixedWindowLimiter(store, $"{name}|{c}", limit, span));
                });
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
