using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>
/// The two ways to call the API signed in, declared once in the document and required by each operation that needs a
/// signed-in caller: the auth cookie the sign-in page sets, or a bearer token from POST /api/v1/auth/token (either
/// will do). Operations open to anyone carry an empty requirement, so generators know they need no credentials.
/// </summary>
public static class ApiSecurity
{
    public const string CookieScheme = "cookie";
    public const string BearerScheme = "bearer";

    public static OpenApiOptions AddApiSecurity(this OpenApiOptions options) => options
        .AddDocumentTransformer((document, context, _) =>
        {
            var cookie = context.ApplicationServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
                .Get(IdentityConstants.ApplicationScheme).Cookie.Name;
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = cookie,
                Description = "The authentication cookie set by signing in on the web site.",
            };
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An access token from POST /api/v1/auth/token, valid for an hour.",
            };
            return Task.CompletedTask;
        })
        .AddOperationTransformer((operation, context, _) =>
        {
            if (!RequiresSignIn(context.Description.ActionDescriptor.EndpointMetadata))
            {
                operation.Security = [];
                return Task.CompletedTask;
            }
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
            ];
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd(StatusCodes.Status401Unauthorized.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse
            {
                Description = "Not signed in: no valid authentication cookie or bearer token.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
                },
            });
            return Task.CompletedTask;
        });

    /// <summary>As the authorization middleware decides: any authorization metadata, and no AllowAnonymous.</summary>
    private static bool RequiresSignIn(IList<object> metadata) =>
        !metadata.OfType<IAllowAnonymous>().Any()
        && metadata.Any(m => m is IAuthorizeData or AuthorizationPolicy or IAuthorizationRequirementData);
}
