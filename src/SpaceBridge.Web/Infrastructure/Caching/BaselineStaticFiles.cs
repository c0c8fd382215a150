using Microsoft.Extensions.FileProviders;

namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>
/// The load script's baseline: with <c>Benchmark:StaticBaselineDirectory</c> set, the files of that folder are served
/// under <see cref="PathPrefix"/> by the same process, in front of everything else, so a dynamic route can be compared
/// with the same bytes served as a static file. Off unless configured; never set in a deployment.
/// </summary>
public static class BaselineStaticFiles
{
    public const string ConfigurationKey = "Benchmark:StaticBaselineDirectory";
    public const string PathPrefix = "/_baseline";

    public static void UseWhenConfigured(IApplicationBuilder app, IConfiguration configuration)
    {
        if (configuration[ConfigurationKey] is not { Length: > 0 } directory || !Directory.Exists(directory))
        {
            return;
        }
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(directory)),
            RequestPath = PathPrefix,
        });
    }
}
