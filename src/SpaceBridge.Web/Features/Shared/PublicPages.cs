using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace SpaceBridge.Web.Features.Shared;

public static class PublicPages
{
    /// <summary>Services of the public pages: write Hangul as text rather than as character references.</summary>
    public static IServiceCollection AddPublicPages(this IServiceCollection services) =>
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
}
