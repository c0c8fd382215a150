namespace SpaceBridge.Scheduling.Tests;

/// <summary>
/// Locates the UdG benchmark beside the repository (../shared/bench), found by walking up to
/// SpaceBridge.slnx; from a git worktree nested deeper, the nearest ancestor holding
/// shared/bench is used. The benchmark files are read in place and never copied into the repository.
/// </summary>
public static class BenchData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string UdgDirectory { get; } = FindBench();

    public static string UdgFile(string name)
    {
        var path = Path.Combine(UdgDirectory, name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"benchmark file {path} is missing; the tests expect ../shared/bench beside the repository", path);
        return path;
    }

    private static string FindBench()
    {
        for (var dir = Directory.GetParent(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench", "udg-b2b");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "bench", "udg-b2b"));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SpaceBridge.slnx"))) return dir.FullName;
        throw new InvalidOperationException("SpaceBridge.slnx not found above the test binaries");
    }
}
