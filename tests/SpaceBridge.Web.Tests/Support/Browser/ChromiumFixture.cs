using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver. Playwright never downloads a browser here:
/// the executable comes from SPACEBRIDGE_TEST_CHROMIUM (set by ./build.sh test) or /usr/bin/chromium.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "SPACEBRIDGE_TEST_CHROMIUM";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not been launched.");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? configured
            : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {executable}. Run ./build.sh test, which installs Debian's chromium package, "
                + $"or point {EnvironmentVariable} at a Chromium executable.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}
