using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// The SQL each request sends, for tests that count a request's queries: requests are tagged with a header, and the
/// commands EF Core runs while serving a tagged request are kept under its tag.
/// </summary>
public sealed class RequestQueries : IDisposable
{
    private const string Header = "X-Test-Request";
    private readonly ConcurrentQueue<(string Request, string Sql)> commands = new();
    private readonly IDisposable subscription;

    private RequestQueries(IServiceProvider services)
    {
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        subscription = EfCommands.Subscribe(sql =>
        {
            if (accessor.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } tag) commands.Enqueue((tag, sql));
        });
    }

    /// <summary>
    /// Starts recording. EF Core keeps, for a second, whether anyone listens to its command events (its logging cache
    /// time), and pooled contexts keep their logger: this waits long enough for it to notice the subscription.
    /// </summary>
    public static async Task<RequestQueries> StartAsync(IServiceProvider services)
    {
        var recorder = new RequestQueries(services);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        return recorder;
    }

    /// <summary>
    /// Sends GET <paramref name="path"/> a few times and returns the SQL of the request that sent the fewest commands:
    /// the first requests may load what later ones find in memory, so the smallest count is what the code does warm.
    /// </summary>
    /// <param name="check">Checks each response (which must succeed).</param>
    public async Task<List<string>> WarmAsync(HttpClient client, string path, Func<HttpResponseMessage, Task>? check = null, int times = 6)
    {
        var counts = new List<List<string>>();
        for (var i = 0; i < times; i++)
        {
            var tag = Guid.NewGuid().ToString("N");
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(Header, tag);
            using var response = (await client.SendAsync(request)).EnsureSuccessStatusCode();
            if (check is not null) await check(response);
            counts.Add([.. commands.Where(c => c.Request == tag).Select(c => c.Sql)]);
            await Task.Delay(100);
        }
        return counts.MinBy(c => c.Count)!;
    }

    public void Dispose() => subscription.Dispose();
}
