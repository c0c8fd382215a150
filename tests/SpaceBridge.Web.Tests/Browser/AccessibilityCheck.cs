using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Browser;

/// <summary>Runs axe-core on the page as it is and fails on any serious or critical violation.</summary>
public static class AccessibilityCheck
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0,
            $"axe found {blocking.Count} serious or critical violations on {page.Url}:\n" + string.Join("\n", blocking.Select(v =>
                $"- [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})\n    "
                + string.Join("\n    ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}")))));
    }
}
