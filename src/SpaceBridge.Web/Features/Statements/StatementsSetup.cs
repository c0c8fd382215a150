namespace SpaceBridge.Web.Features.Statements;

public static class StatementsSetup
{
    public static IServiceCollection AddStatements(this IServiceCollection services)
    {
        services.AddScoped<StatementDrafting>();
        services.AddScoped<StatementReader>();
        services.AddScoped<StatementPdf>();
        services.AddScoped<StatementPublication>();
        return services;
    }

    public static IEndpointRouteBuilder MapStatements(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStatementsApi();
        endpoints.MapStatementExports();
        return endpoints;
    }
}
