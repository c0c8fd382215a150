using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Localization;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme.Forums;

/// <summary>A forum's Languages setting decides which translations the workspace asks for and which languages its pages offer.</summary>
public sealed class ForumLanguagesTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private Task SetLanguagesAsync(int forumId, string languages) => factory.WithDbAsync(async db =>
    {
        var forum = await db.Forums.SingleAsync(f => f.Id == forumId);
        forum.Languages = languages;
        await db.SaveChangesAsync();
        return 0;
    });

    private static IReadOnlyList<string> SwitchLanguages(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("nav.language-switch a").Select(a => a.GetAttribute("hreflang")!).ToList();

    [Theory]
    [InlineData("Title", null, "en,ko", "ko")]
    [InlineData(null, "제목", "en,ko", "en")]
    [InlineData("Title", null, "en", null)]
    [InlineData(null, "제목", "en", "en")]
    [InlineData(null, "제목", "ko", null)]
    [InlineData("Title", null, "ko", "ko")]
    [InlineData(null, null, "en,ko", null)]
    [InlineData("Title", "제목", "en,ko", null)]
    public void A_translation_is_missing_only_in_a_language_of_the_forum(string? en, string? ko, string languages, string? missing) =>
        Assert.Equal(missing, WorkspaceForms.MissingLanguage(en, ko, ForumLanguages.Parse(languages)));

    [Fact]
    public async Task The_workspace_marks_a_missing_Korean_title_only_while_the_forum_uses_Korean()
    {
        var forumId = await factory.DemoForumIdAsync();
        var sessionId = await factory.WithDbAsync(async db =>
        {
            var session = await db.Sessions.Where(s => s.Event.ForumId == forumId).OrderBy(s => s.Id).FirstAsync();
            session.Title = new BilingualText(session.Title.En, null);
            await db.SaveChangesAsync();
            return session.Id;
        });
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        try
        {
            var both = await organizer.GetOkPageAsync($"/organizer/sessions/{sessionId}/edit");
            Assert.Contains(both.Texts(".translation-missing"), t => t.Contains("Korean", StringComparison.Ordinal));
            Assert.Equal(["en", "ko"], SwitchLanguages(both));

            await SetLanguagesAsync(forumId, "en");
            var englishOnly = await organizer.GetOkPageAsync($"/organizer/sessions/{sessionId}/edit");
            Assert.DoesNotContain(englishOnly.Texts(".translation-missing"), t => t.Contains("Korean", StringComparison.Ordinal));
            Assert.Equal(["en"], SwitchLanguages(englishOnly));
        }
        finally
        {
            await SetLanguagesAsync(forumId, "en,ko");
        }
    }

    [Fact]
    public async Task The_public_pages_of_a_one_language_forum_offer_only_its_language_and_other_pages_both()
    {
        var forumId = await factory.DemoForumIdAsync();
        var eventId = await factory.EventIdAsync(HtmlPage.Day1);
        var sessionId = await factory.WithDbAsync(db => db.Sessions.Where(s => s.EventId == eventId && s.Published).Select(s => s.Id).FirstAsync());
        var client = factory.CreateClient();
        try
        {
            await SetLanguagesAsync(forumId, "ko");
            foreach (var url in new[] { $"/events/{eventId}", $"/events/{eventId}/agenda", $"/sessions/{sessionId}", $"/forums/{forumId}/news" })
            {
                // A reader whose browser asks for English still reads the page (in English), and is offered only Korean.
                var page = await client.GetOkPageAsync($"{url}?v={Guid.NewGuid():N}");
                Assert.True(SwitchLanguages(page).SequenceEqual(["ko"]), $"{url}: {string.Join(",", SwitchLanguages(page))}");
            }
            Assert.Equal(["en", "ko"], SwitchLanguages(await client.GetOkPageAsync($"/about?v={Guid.NewGuid():N}")));
        }
        finally
        {
            await SetLanguagesAsync(forumId, "en,ko");
        }
        Assert.Equal(["en", "ko"], SwitchLanguages(await client.GetOkPageAsync($"/events/{eventId}?v={Guid.NewGuid():N}")));
    }
}
