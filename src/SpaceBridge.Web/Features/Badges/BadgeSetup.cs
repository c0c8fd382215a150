namespace SpaceBridge.Web.Features.Badges;

public static class BadgeSetup
{
    public static IServiceCollection AddBadges(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BadgeOptions>(configuration.GetSection(BadgeOptions.Section));
        services.AddSingleton<BadgeFonts>();
        services.AddSingleton<BadgeSigner>();
        services.AddScoped<BadgeLabels>();
        services.AddScoped<BadgeBook>();
        services.AddScoped<BadgePdf>();
        return services;
    }
}
