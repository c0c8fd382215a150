using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Import;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme;

/// <summary>
/// The organizer workspace: the editors of forums, events, rooms, sessions, people and organizations, their write API
/// under /api/v1 (ETag / If-Match, decision 008), programme import from a sheet, and who sees drafts.
/// </summary>
public static class OrganizerWorkspace
{
    public static IServiceCollection AddOrganizerWorkspace(this IServiceCollection services)
    {
        services.AddScoped<DraftVisibility>();
        services.AddScoped<ForumEditor>();
        services.AddScoped<ForumLanguages>();
        services.AddScoped<EventEditor>();
        services.AddScoped<PersonEditor>();
        services.AddScoped<OrganizationEditor>();
        services.AddScoped<ProgrammeImporter>();
        services.AddScoped<ProgrammeImportTemplate>();
        services.AddUploadLimit(ProgrammeUpload.Limit);
        return services;
    }

    public static IEndpointRouteBuilder MapOrganizerWorkspace(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ApiV1.Prefix);
        api.MapForumsWriteApi();
        api.MapEventsWriteApi();
        api.MapSessionsWriteApi();
        api.MapPeopleWriteApi();
        api.MapOrganizationsWriteApi();
        api.MapProgrammeImportApi();
        return endpoints;
    }
}
