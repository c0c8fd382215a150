namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>The supply-chain map: the forum's capability taxonomy, organizations' declarations and their analysis.</summary>
public static class SupplyChainSetup
{
    public static IServiceCollection AddSupplyChain(this IServiceCollection services)
    {
        services.AddScoped<SupplyTaxonomy>();
        services.AddScoped<SupplyDeclarations>();
        services.AddScoped<SupplyChainAnalysis>();
        return services;
    }

    public static IEndpointRouteBuilder MapSupplyChain(this IEndpointRouteBuilder app) => app.MapSupplyChainApi();
}
