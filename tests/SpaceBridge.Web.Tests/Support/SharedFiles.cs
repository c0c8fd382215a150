namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// Locates files of the shared folder beside the repository (../shared), found by walking up to SpaceBridge.slnx; from
/// a git worktree nested deeper, the nearest ancestor holding the folder is used. Missing files fail the test loudly.
/// </summary>
public static class SharedFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Path(params string[] parts)
    {
        var relative = System.IO.Path.Combine(["shared", .. parts]);
        for (var dir = Directory.GetParent(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        var expected = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", relative));
        throw new FileNotFoundException($"{expected} is missing; the tests expect ../shared beside the repository", expected);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SpaceBridge.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("SpaceBridge.slnx not found above the test binaries");
    }
}
