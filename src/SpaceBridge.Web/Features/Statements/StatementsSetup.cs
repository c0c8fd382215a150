namespace SpaceBridge.Web.Features.Statements;

public static class StatementsSetup
{
    public static IServiceCollection AddStatements(this IServiceCollection services)
    {
        services.AddScoped<StatementDrafting>();
        services.AddScoped<StatementReader>();
        return services;
    }

    public static IEndpointRouteBuilder MapStatements(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStatementsApi();
        return endpoints;
    }
}
