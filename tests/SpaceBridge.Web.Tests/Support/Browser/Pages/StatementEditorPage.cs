using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpaceBridge.Web.Tests.Support.Browser.Pages;

/// <summary>
/// The drafting room of a joint statement (/forums/{forumId}/statements/{id}/edit) as an organizer uses it. Each step
/// opens the editor afresh unless told to act on the page as it was read (to save from a stale copy).
/// </summary>
public sealed class StatementEditorPage(IPage page, Uri baseAddress) : PublicPage(page)
{
    public int ForumId { get; private set; }
    public int StatementId { get; private set; }

    private string EditUrl => new Uri(baseAddress, $"/forums/{ForumId}/statements/{StatementId}/edit").ToString();

    public async Task CreateAsync(int forumId, string titleEn, string titleKo)
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/forums/{forumId}/statements").ToString());
        await Page.Locator("#titleEn").FillAsync(titleEn);
        await Page.Locator("#titleKo").FillAsync(titleKo);
        await Page.Locator("#new-statement button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/statements/\d+/edit$"));
        ForumId = forumId;
        StatementId = int.Parse(Regex.Match(Page.Url, @"/statements/(\d+)/edit").Groups[1].Value);
    }

    public void Use(int forumId, int statementId) => (ForumId, StatementId) = (forumId, statementId);

    public Task OpenAsync() => Page.GotoAsync(EditUrl);

    public ILocator Clause(int index) => Page.Locator("li.clause").Nth(index);

    public async Task AddClauseAsync(string kind, string en, string ko, int? ownerOrganizationId = null, string? due = null)
    {
        await OpenAsync();
        var form = Page.Locator("#add-clause");
        await form.Locator("#en-new").FillAsync(en);
        await form.Locator("#ko-new").FillAsync(ko);
        await form.Locator("#kind-new").SelectOptionAsync(kind);
        if (ownerOrganizationId is { } owner)
        {
            await form.Locator("#owner-new").SelectOptionAsync(owner.ToString());
        }
        if (due is not null)
        {
            await form.Locator("#due-new").FillAsync(due);
        }
        await SubmitAsync(form.Locator("button[type=submit]"), "done=added");
    }

    /// <summary>
    /// Saves clause <paramref name="index"/>; with <paramref name="fresh"/> false, from the page as it was read earlier
    /// (then <paramref name="refused"/> says whether the editor is expected to show the form again instead of saving).
    /// </summary>
    public async Task SaveClauseAsync(int index, string en, string ko, bool fresh = true, bool refused = false)
    {
        if (fresh)
        {
            await OpenAsync();
        }
        var form = Clause(index).Locator("form[action*='handler=SaveClause']");
        await form.Locator("textarea[name=en]").FillAsync(en);
        await form.Locator("textarea[name=ko]").FillAsync(ko);
        await SubmitAsync(form.Locator("button[type=submit]"), refused ? "handler=SaveClause" : "done=saved");
    }

    public async Task CommentAsync(int index, string text)
    {
        await OpenAsync();
        var details = Clause(index).Locator("details.comments");
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }
        var form = details.Locator("form[action*='handler=Comment']");
        await form.Locator("textarea[name=comment]").FillAsync(text);
        await SubmitAsync(form.Locator("button[type=submit]"), "done=commented");
    }

    public async Task SetDetailsAsync(string placeEn, string placeKo, string date, params (int OrganizationId, string NameEn, string NameKo, string TitleEn, string TitleKo)[] signatories)
    {
        await OpenAsync();
        var form = Page.Locator("#details");
        await form.Locator("#place-en").FillAsync(placeEn);
        await form.Locator("#place-ko").FillAsync(placeKo);
        await form.Locator("#date").FillAsync(date);
        for (var i = 0; i < signatories.Length; i++)
        {
            var s = signatories[i];
            await form.Locator($"#sig-org-{i}").SelectOptionAsync(s.OrganizationId.ToString());
            await form.Locator($"#sig-name-en-{i}").FillAsync(s.NameEn);
            await form.Locator($"#sig-name-ko-{i}").FillAsync(s.NameKo);
            await form.Locator($"#sig-title-en-{i}").FillAsync(s.TitleEn);
            await form.Locator($"#sig-title-ko-{i}").FillAsync(s.TitleKo);
        }
        await SubmitAsync(form.Locator("button[type=submit]"), "done=");
    }

    public async Task DesignateAsync(int organizationId, string email)
    {
        await OpenAsync();
        await Page.Locator("#designate-org").SelectOptionAsync(organizationId.ToString());
        await Page.Locator("#designate-email").FillAsync(email);
        await SubmitAsync(Page.Locator("form[action*='handler=Designate'] button[type=submit]"), "done=");
    }

    /// <summary>The approve button of a co-host's row ("Approve version N"), when the signed-in organizer may approve for it.</summary>
    public ILocator ApproveButton(int organizationId) =>
        Page.Locator($"#approvals form[action*='handler=Approve']:has(input[name=organizationId][value='{organizationId}']) button");

    /// <summary>Approves the version shown for a co-host and answers its number.</summary>
    public async Task<int> ApproveAsync(int organizationId)
    {
        await OpenAsync();
        var version = int.Parse(await ApproveButton(organizationId).Locator("xpath=..").Locator("input[name=version]").InputValueAsync());
        await SubmitAsync(ApproveButton(organizationId), "done=");
        return version;
    }

    private async Task SubmitAsync(ILocator button, string urlPart)
    {
        await button.ClickAsync();
        try
        {
            await Page.WaitForURLAsync(url => url.Contains(urlPart, StringComparison.Ordinal), new() { Timeout = 15000 });
        }
        catch (TimeoutException)
        {
            var notice = await Page.Locator("main .notice, main #error-summary, main [role=status]").AllInnerTextsAsync();
            throw new InvalidOperationException($"No answer with \"{urlPart}\" after submitting; the page is {Page.Url}: {string.Join(" | ", notice)}");
        }
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }
}
