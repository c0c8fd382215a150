using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>The organizer workspace's forms as an organizer fills them: fields by their names, the form's submit button.</summary>
public sealed class WorkspacePages(IPage page, Uri baseAddress) : PublicPage(page)
{
    public Task OpenAsync(string path) => Page.GotoAsync(new Uri(baseAddress, path).ToString());

    public async Task FillAsync(IReadOnlyDictionary<string, string> fields, string form = "main form.workspace-form")
    {
        foreach (var (name, value) in fields)
        {
            var field = Page.Locator($"{form} [name='{name}']").First;
            switch (await field.EvaluateAsync<string>("e => e.tagName + ':' + (e.type || '')"))
            {
                case "SELECT:select-one":
                    await field.SelectOptionAsync(value);
                    break;
                case "INPUT:checkbox":
                    await Page.Locator($"{form} input[name='{name}'][value='{value}'], {form} input[type='checkbox'][name='{name}']").First.CheckAsync();
                    break;
                default:
                    await field.FillAsync(value);
                    break;
            }
        }
    }

    /// <summary>Submits the form and waits for the next page (a redirect, or the same form with its messages).</summary>
    public async Task SubmitAsync(string form = "main form.workspace-form")
    {
        await Page.Locator($"{form} button[type='submit']").First.ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    public async Task<string> ErrorSummaryAsync() => await Page.Locator("main").InnerTextAsync();

    public static Regex Path(string pattern) => new(pattern);
}
