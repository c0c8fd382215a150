using System.Net;
using Microsoft.AspNetCore.Hosting;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Badges;

public sealed class BadgeFontTests : IDisposable
{
    private sealed class NoFontApp : SpaceBridgeFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Badges:FontDirectory", Path.Combine(Path.GetTempPath(), "no-such-font-folder"));
        }
    }

    private readonly NoFontApp _app = new();

    [Fact]
    public async Task Without_Nanum_Gothic_badge_printing_says_which_file_is_missing_and_how_to_get_it()
    {
        var holder = await _app.CreateUserAsync();
        var registration = await _app.RegisterAsync(await _app.EventIdAsync(), "No Font", "폰트없음", userId: holder.Id);
        var client = await _app.SignInAsync(holder);

        var response = await client.GetAsync($"/registrations/{registration.Id}/badge.pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Contains("no-such-font-folder/NanumGothic.ttf", problem.Str("detail"));
        Assert.Contains("fonts-nanum", problem.Str("detail"));
        Assert.Contains("Badges:FontDirectory", problem.Str("detail"));
    }

    public void Dispose() => _app.Dispose();
}
