using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// One app node running as a deployment runs it (<c>dotnet SpaceBridge.Web.dll</c>, Production) on a free loopback
/// port, until it is stopped (SIGTERM, as systemd stops a node) or killed (as a power cut does). Its output is kept.
/// </summary>
internal sealed class AppNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly DirectoryInfo _workDir;

    private AppNode(Process process, DirectoryInfo workDir, int port)
    {
        _process = process;
        _workDir = workDir;
        Port = port;
    }

    public int Port { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The node's process id, as it appears in the claims it writes (host/pid/...).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The exit code once the node has exited.</summary>
    public int ExitCode => _process.ExitCode;

    public static async Task<AppNode> StartAsync(Dictionary<string, string> environment, TimeSpan? readyWithin = null)
    {
        var port = FreePort();
        var workDir = Directory.CreateTempSubdirectory("spacebridge-node-");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["PublicBaseUrl"] = "https://forum.example.org";
        start.Environment["AllowedHosts"] = "forum.example.org;localhost;127.0.0.1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var node = new AppNode(process, workDir, port);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await node.WaitUntilReadyAsync(readyWithin ?? TimeSpan.FromMinutes(2));
        return node;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The node exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
                request.Headers.Host = "localhost";
                using var response = await http.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The node was not ready within {within}:\n{Output}");
    }

    /// <summary>Ends the node at once, as a power cut would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Asks the node to stop (SIGTERM) and waits for it.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) { await kill!.WaitForExitAsync(); }
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { await KillAsync(); }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        try { _workDir.Delete(recursive: true); } catch (IOException) { }
    }
}
