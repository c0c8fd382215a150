using SpaceBridge.Web.Features.Registrations.Delegations;
using SpaceBridge.Web.Features.Registrations.Directory;
using SpaceBridge.Web.Features.Registrations.Export;
using SpaceBridge.Web.Features.Registrations.Import;
using SpaceBridge.Web.Features.Registrations.Organizations;
using SpaceBridge.Web.Features.Registrations.Review;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Registrations;

public static class RegistrationSetup
{
    /// <summary>Registration services, and the import upload limit (ahead of everything that reads a request body).</summary>
    public static IServiceCollection AddRegistrations(this IServiceCollection services)
    {
        services.AddScoped<Registrar>();
        services.AddScoped<RegistrationOwnership>();
        services.AddScoped<RegistrationMailer>();
        services.AddScoped<RegistrationInvitations>();
        services.AddScoped<RegistrationImporter>();
        services.AddScoped<RegistrationExport>();
        services.AddScoped<DelegationRegistry>();
        services.AddScoped<ParticipantDirectory>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<OrganizationProposals>();
        services.AddUploadLimit(UploadSizeLimit.Limit);
        return services;
    }

    public static IEndpointRouteBuilder MapRegistrations(this IEndpointRouteBuilder app) => app.MapRegistrationApi().MapOrganizationProposalApi();
}
