using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>A held meeting's feedback page, the new-initiative form it links to, and an initiative's page with its timeline.</summary>
public sealed class InitiativePages(IPage page, Uri baseAddress) : PublicPage(page)
{
    public async Task OpenFeedbackAsync(int eventId, int meetingId)
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/events/{eventId}/meetings/{meetingId}/feedback").ToString());
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Follows the feedback page's link to start an initiative from the meeting.</summary>
    public Task StartFromMeetingAsync(int meetingId) => FollowAsync(Page.Locator($"main a[href$='/initiatives/new?meetingId={meetingId}']"));

    /// <summary>Fills the new-initiative form and creates it; returns the new initiative's id.</summary>
    public async Task<int> CreateAsync(string kind, string titleEn, string titleKo, string visibility)
    {
        await Page.Locator("select[name='Input.Kind']").SelectOptionAsync(kind);
        await Page.Locator("input[name='Input.TitleEn']").FillAsync(titleEn);
        await Page.Locator("input[name='Input.TitleKo']").FillAsync(titleKo);
        await Page.Locator("select[name='Input.Visibility']").SelectOptionAsync(visibility);
        await Page.Locator("main form button[type='submit']").ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/initiatives/\d+$"));
        return int.Parse(Regex.Match(Page.Url, @"/initiatives/(\d+)$").Groups[1].Value);
    }

    public async Task OpenAsync(int forumId, int initiativeId)
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/forums/{forumId}/initiatives/{initiativeId}").ToString());
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Changes the stage and the next step on the open initiative's page and saves.</summary>
    public async Task UpdateAsync(string stage, string nextStep, string nextStepDue)
    {
        await Page.Locator("select[name='Input.Stage']").SelectOptionAsync(stage);
        await Page.Locator("input[name='Input.NextStep']").FillAsync(nextStep);
        await Page.Locator("input[name='Input.NextStepDue']").FillAsync(nextStepDue);
        await Page.Locator("main form button[type='submit']").ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"\?saved=true$"));
    }

    /// <summary>The timeline's rows as (field, old value, new value, who).</summary>
    public async Task<List<(string Field, string Old, string New, string Who)>> TimelineAsync()
    {
        var rows = new List<(string, string, string, string)>();
        foreach (var row in await Page.Locator("main table.initiative-timeline tbody tr").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            rows.Add((cells[2].Trim(), cells[3].Trim(), cells[4].Trim(), cells[1].Trim()));
        }
        return rows;
    }

    /// <summary>The count in the organizers' pipeline view for one row (e.g. the country pair "KR–US") of a breakdown (stage, pair, topic).</summary>
    public async Task<int> PipelineCountAsync(int forumId, string breakdown, string key)
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/forums/{forumId}/pipeline").ToString());
        var cell = Page.Locator($"#by-{breakdown} tr[data-key='{key}'] .count");
        return await cell.CountAsync() == 0 ? 0 : int.Parse(await cell.InnerTextAsync());
    }
}
