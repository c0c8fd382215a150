using System.Diagnostics;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>Runs the built app as a deployment would (<c>dotnet SpaceBridge.Web.dll ...</c>, Production) and collects its output.</summary>
internal static class AppProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string[] args, Dictionary<string, string> environment, TimeSpan? timeout = null)
    {
        var appDll = typeof(Program).Assembly.Location;
        var workDir = Directory.CreateTempSubdirectory("spacebridge-process-");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(appDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // A Production node refuses to start without its public address and host names (PublicOriginSettings).
        start.Environment["PublicBaseUrl"] = "https://forum.example.org";
        start.Environment["AllowedHosts"] = "forum.example.org;localhost";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet SpaceBridge.Web.dll {string.Join(' ', args)} did not finish in {limit}:\n{await stdout}\n{await stderr}");
        }
        finally
        {
            try { workDir.Delete(recursive: true); } catch (IOException) { }
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
