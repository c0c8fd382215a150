using System.Net;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Health;

public class HealthEndpointTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_report_healthy(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_demo_forum_is_loaded_on_first_run()
    {
        var sessions = await factory.WithDbAsync(db => Task.FromResult(db.Sessions.Count()));
        Assert.True(sessions >= 15, $"expected the demo agenda, found {sessions} sessions");
    }
}
