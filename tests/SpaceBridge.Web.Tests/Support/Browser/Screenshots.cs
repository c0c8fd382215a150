using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser;

/// <summary>Full-page screenshots under TestResults/screenshots at the repository root, for people to look at.</summary>
public static class Screenshots
{
    public static readonly string Directory = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public static async Task TakeAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Directory, $"{name}.png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpaceBridge.slnx")))
            {
                return dir.FullName;
            }
        }
        return AppContext.BaseDirectory;
    }
}
