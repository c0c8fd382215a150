namespace SpaceBridge.Web.Features.Statements;

public static class StatementsSetup
{
    public static IServiceCollection AddStatements(this IServiceCollection services)
    {
        services.AddScoped<StatementDrafting>();
        return services;
    }
}
