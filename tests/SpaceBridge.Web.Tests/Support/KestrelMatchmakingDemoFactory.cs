using Microsoft.AspNetCore.Hosting;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>The app with the demo forum and the matchmaking demo, served by Kestrel for a browser (see <see cref="MatchmakingDemoFactory"/>).</summary>
public class KestrelMatchmakingDemoFactory : KestrelSpaceBridgeFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SeedMatchmakingDemo", "true");
    }
}
