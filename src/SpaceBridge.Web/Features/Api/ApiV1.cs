using System.Text.Json.Serialization;
using SpaceBridge.Web.Features.Events;
using SpaceBridge.Web.Features.Forums;
using SpaceBridge.Web.Features.Organizations;
using SpaceBridge.Web.Features.People;
using SpaceBridge.Web.Features.Sessions;

namespace SpaceBridge.Web.Features.Api;

/// <summary>The read side of REST API v1 under /api/v1 (JSON, camelCase, enums as names).</summary>
public static class ApiV1
{
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddApiV1(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
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
