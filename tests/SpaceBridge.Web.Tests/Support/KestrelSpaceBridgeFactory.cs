using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// The app (SQLite, demo forum) served by a real Kestrel server on a free loopback port, for clients
/// outside the process such as a browser. TestServer cannot be reached over a socket.
/// </summary>
public class KestrelSpaceBridgeFactory : SpaceBridgeFactory
{
    public KestrelSpaceBridgeFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>The server's address (http://127.0.0.1:PORT/); starts the server on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("The server reports no addresses.");
            return new Uri(addresses.Addresses.First() + "/");
        }
    }
}
