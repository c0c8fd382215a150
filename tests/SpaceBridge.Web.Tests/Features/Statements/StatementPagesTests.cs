using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Statements;

public sealed class StatementPagesTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task A_stale_save_on_the_editor_shows_both_texts_and_keeps_the_stored_one()
    {
        var s = await StatementSetup.CreateAsync(factory);
        var forumId = await ForumIdAsync(s.Id);
        var url = $"/forums/{forumId}/statements/{s.Id}/edit";
        var msit = await factory.SignInAsync(s.MsitUser);
        var doc = await factory.SignInAsync(s.DocUser);
        // Both open the editor; MSIT saves first, DOC's save (from the page read before) is refused.
        var msitPage = await msit.GetDocumentAsync(url);
        var docPage = await doc.GetDocumentAsync(url);
        var clauseId = (await ClauseAsync(s.Id)).Id;
        var saved = await msit.SubmitAsync(ClauseForm(msitPage, clauseId), url, new Dictionary<string, string> { ["en"] = "First wording.", ["ko"] = "첫 문안." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await doc.SubmitAsync(ClauseForm(docPage, clauseId), url, new Dictionary<string, string> { ["en"] = "Second wording.", ["ko"] = "두 번째 문안." });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("First wording.", html);
        Assert.Contains("Second wording.", html);
        Assert.Contains("두 번째 문안.", html);
        Assert.Equal("First wording.", (await ClauseAsync(s.Id)).Text.En);

        // The compare page marks what changed between the two versions.
        var compare = await msit.GetDocumentAsync($"/forums/{forumId}/statements/{s.Id}/compare?from=3&to=4");
        Assert.Contains(compare.QuerySelectorAll("ins"), e => e.TextContent.Contains("First"));
        Assert.Contains(compare.QuerySelectorAll("del"), e => e.TextContent.Contains("cooperate"));
        Assert.Contains(compare.QuerySelectorAll("ins"), e => e.TextContent.Contains("첫"));
    }

    private static IHtmlFormElement ClauseForm(IHtmlDocument page, int clauseId) =>
        page.QuerySelector($"#clause-{clauseId} form") as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException("no clause form");

    private async Task<int> ForumIdAsync(int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<JointStatement>().Where(x => x.Id == id).Select(x => x.ForumId).SingleAsync();
    }

    private async Task<Clause> ClauseAsync(int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Clause>().AsNoTracking().SingleAsync(c => c.StatementId == id);
    }
}
