using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser;

/// <summary>Runs axe-core on the page as it is and fails on any serious or critical violation.</summary>
public static class AccessibilityCheck
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await RunAsync(page);
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0,
            $"axe found {blocking.Count} serious or critical violations on {page.Url}:\n" + string.Join("\n", blocking.Select(v =>
                $"- [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})\n    "
                + string.Join("\n    ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}")))));
    }

    /// <summary>
    /// A page that reloads itself (a finished schedule run) can navigate while axe runs; the check then runs again
    /// on the page that loaded, so every page shown is checked.
    /// </summary>
    private static async Task<AxeResult> RunAsync(IPage page)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await page.RunAxe();
            }
            catch (PlaywrightException e) when (attempt < 3 && e.Message.Contains("Execution context was destroyed"))
            {
                await page.WaitForLoadStateAsync(LoadState.Load);
            }
        }
    }
}
