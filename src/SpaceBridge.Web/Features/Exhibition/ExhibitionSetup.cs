namespace SpaceBridge.Web.Features.Exhibition;

public static class ExhibitionSetup
{
    public static IServiceCollection AddExhibition(this IServiceCollection services)
    {
        services.AddScoped<ExhibitorStaffAccess>();
        services.AddScoped<LeadScanner>();
        services.AddScoped<HallPlanEditor>();
        services.AddScoped<LeadExport>();
        return services;
    }

    public static IEndpointRouteBuilder MapExhibition(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapExhibitionApi();
        endpoints.MapLeadExports();
        return endpoints;
    }
}
