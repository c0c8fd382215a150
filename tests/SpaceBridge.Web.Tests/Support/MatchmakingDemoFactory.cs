using Microsoft.AspNetCore.Hosting;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>The app with the demo forum and the matchmaking demo (forty fictional organizations), as on first run.</summary>
public class MatchmakingDemoFactory : SpaceBridgeFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SeedMatchmakingDemo", "true");
    }
}
