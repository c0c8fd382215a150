using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>The read side of REST API v1 under /api/v1 (JSON, camelCase, enums as names).</summary>
public static class ApiV1
{
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddApiV1(this IServiceCollection services)
    {
        services.AddRequestValidation();
        return services.AddApiDocs();
    }

    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        // Public and read-only for now; stated explicitly so the authorization matrix sees the intent.
        var api = app.MapGroup(Prefix).AllowAnonymous();
        api.MapForumsApi();
        api.MapEventsApi();
        api.MapSessionsApi();
        api.MapPeopleApi();
        api.MapOrganizationsApi();
        app.MapApiDocs();
        return api;
    }
}
