using System.Runtime.CompilerServices;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// The suite starts hundreds of app hosts in one process, and every host watches its configuration and content files.
/// With inotify each watcher takes one of the user's 128 inotify instances (fs.inotify.max_user_instances), and once
/// they are gone a host fails on its first request. Hosts in tests neither reload configuration nor watch files
/// through inotify; child processes (AppProcess, AppNode) inherit the same settings.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void UsePollingAndNoReload()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
