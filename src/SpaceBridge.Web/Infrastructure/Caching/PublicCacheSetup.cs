namespace SpaceBridge.Web.Infrastructure.Caching;

public static class PublicCacheSetup
{
    /// <summary>
    /// Services of the public response cache. Its middleware runs in front of the whole pipeline (a startup filter),
    /// so a cached answer costs no routing, authentication or localization.
    /// </summary>
    public static IServiceCollection AddPublicCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTransient<IStartupFilter>(_ => new PublicCacheStartupFilter(configuration));
        return services;
    }

    private sealed class PublicCacheStartupFilter(IConfiguration configuration) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            BaselineStaticFiles.UseWhenConfigured(app, configuration);
            next(app);
        };
    }
}
