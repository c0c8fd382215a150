using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Infrastructure.Caching;

public static class PublicCacheSetup
{
    /// <summary>
    /// The public response cache (decision 014): output caching of anonymous public reads, compressed, with ETags,
    /// evicted by content versions that every edit of published content sets. Its middleware runs in front of the
    /// whole pipeline (a startup filter), so a cached answer costs no routing, authentication or localization.
    /// </summary>
    public static IServiceCollection AddPublicCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicCacheOptions>().Bind(configuration.GetSection(PublicCacheOptions.Section));
        var sizeLimit = configuration.GetSection(PublicCacheOptions.Section).Get<PublicCacheOptions>()?.SizeLimitBytes
            ?? new PublicCacheOptions().SizeLimitBytes;
        services.AddSingleton<PublicCacheMetrics>();
        services.AddSingleton<EventForums>();
        services.AddSingleton<ContentVersionWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentVersionWatcher>());
        services.AddSingleton<ContentVersionInterceptor>();
        services.ConfigureDbContext<SqliteAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ContentVersionInterceptor>()));
        services.ConfigureDbContext<PostgresAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ContentVersionInterceptor>()));
        services.AddSingleton<PublicCachePolicy>();
        services.AddOutputCache(o =>
        {
            o.SizeLimit = sizeLimit;
            o.MaximumBodySize = 4 * 1024 * 1024;
        });
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<OutputCacheOptions>, PublicCachePolicyRegistration>();
        services.AddResponseCompression(o =>
        {
            // Only anonymous public reads are compressed (see the startup filter): they carry no secret a compression
            // side channel could reveal.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/calendar", "application/atom+xml", "application/problem+json"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddTransient<IStartupFilter>(_ => new PublicCacheStartupFilter(configuration));
        return services;
    }

    private sealed class PublicCachePolicyRegistration(PublicCachePolicy policy) : Microsoft.Extensions.Options.IConfigureOptions<OutputCacheOptions>
    {
        public void Configure(OutputCacheOptions options) => options.AddBasePolicy(policy);
    }

    private sealed class PublicCacheStartupFilter(IConfiguration configuration) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            BaselineStaticFiles.UseWhenConfigured(app, configuration);
            app.UseWhen(context => PublicCachePolicy.IsAnonymousPublicRead(context, out _), publicRead =>
            {
                // Answers served from the cache skip the rest of the pipeline: they get the security headers here.
                publicRead.UseSecurityHeaders();
                publicRead.UseOutputCache();
                publicRead.UseResponseCompression();
            });
            next(app);
        };
    }
}
