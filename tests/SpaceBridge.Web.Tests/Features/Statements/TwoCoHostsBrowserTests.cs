using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Statements;

/// <summary>
/// Two co-hosts draft, contest, approve and adopt one bilingual statement in Chromium, each in their own browser, and
/// the adopted text reaches the public page, the PDF and the Akoma Ntoso export. Every page visited is checked with axe.
/// </summary>
public sealed class TwoCoHostsBrowserTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Organizers_of_both_co_hosts_draft_approve_and_adopt_a_statement_that_the_public_then_reads_in_both_languages()
    {
        var (forumId, msitId, docId) = await app.WithDbAsync(async db => (
            await db.Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync(),
            await db.Organizations.Where(o => o.Acronym == "MSIT").Select(o => o.Id).SingleAsync(),
            await db.Organizations.Where(o => o.Acronym == "DOC").Select(o => o.Id).SingleAsync()));
        var msitUser = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        var docUser = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "DOC"));
        await using var msitContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        await using var docContext = await chromium.Browser.NewContextAsync(new() { Locale = "ko-KR" });
        var msit = new StatementEditorPage(await msitContext.NewPageAsync(), app.BaseAddress);
        var doc = new StatementEditorPage(await docContext.NewPageAsync(), app.BaseAddress);
        await new AccountPages(msit.Page, app.BaseAddress).SignInAsync(msitUser.Email, msitUser.Password);
        await new AccountPages(doc.Page, app.BaseAddress).SignInAsync(docUser.Email, docUser.Password);

        // Co-host A (MSIT) drafts the statement in both languages.
        await msit.CreateAsync(forumId, "Joint Statement on Lunar Cooperation", "달 탐사 협력에 관한 공동성명");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(msit.Page);
        await msit.AddClauseAsync("Preamble", "The two sides, meeting in Seoul,", "양측은 서울에서 만나,");
        await msit.AddClauseAsync("Commitment", "Each side will open a lunar payload desk.", "양측은 달 탑재체 창구를 각각 개설한다.", docId, "2024-06-30");
        await msit.SetDetailsAsync("Seoul", "서울", "2023-11-08",
            (msitId, "Kim Minho", "김민호", "Director-General", "국장"), (docId, "Jane Doe", "제인 도", "Director", "국장"));
        await msit.DesignateAsync(msitId, msitUser.Email);
        doc.Use(forumId, msit.StatementId);
        await doc.DesignateAsync(docId, docUser.Email);

        // Co-host B (DOC, reading in Korean) comments on the preamble and edits it.
        await doc.CommentAsync(0, "Name the symposium, please.");
        await doc.SaveClauseAsync(0, "The two sides, meeting at the Space Industry Symposium in Seoul,", "양측은 서울 우주산업 심포지엄에서 만나,");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(doc.Page);
        await Assertions.Expect(doc.Clause(0).Locator("details.comments")).ToContainTextAsync("Name the symposium, please.");

        // Both open the commitment; MSIT saves first, DOC's save from the older page is refused showing both texts.
        await msit.OpenAsync();
        await doc.OpenAsync();
        await msit.SaveClauseAsync(1, "Each side will open a lunar payload desk by June 2024.", "양측은 2024년 6월까지 달 탑재체 창구를 각각 개설한다.", fresh: false);
        await doc.SaveClauseAsync(1, "Each side will name a lunar payload contact.", "양측은 달 탑재체 담당자를 지정한다.", fresh: false, refused: true);
        var stale = doc.Page.Locator("section.stale");
        await Assertions.Expect(stale).ToContainTextAsync("Each side will name a lunar payload contact.");
        await Assertions.Expect(stale).ToContainTextAsync("양측은 달 탑재체 담당자를 지정한다.");
        await Assertions.Expect(stale).ToContainTextAsync("Each side will open a lunar payload desk by June 2024.");
        await Assertions.Expect(stale).ToContainTextAsync("양측은 2024년 6월까지 달 탑재체 창구를 각각 개설한다.");
        // What DOC typed is still in the form, so nothing is lost.
        await Assertions.Expect(doc.Clause(1).Locator("textarea[name=en]")).ToHaveValueAsync("Each side will name a lunar payload contact.");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(doc.Page);
        await Screenshots.TakeAsync(doc.Page, "statement-stale-save-ko");

        // MSIT approves; DOC then edits, which voids MSIT's approval; both approve the new version and it is adopted.
        var first = await msit.ApproveAsync(msitId);
        await doc.SaveClauseAsync(0, "The two sides, meeting at the ROK-US Space Industry Symposium in Seoul,", "양측은 서울 한미 우주산업 심포지엄에서 만나,");
        await msit.OpenAsync();
        await Assertions.Expect(msit.ApproveButton(msitId)).ToBeVisibleAsync();
        var second = await msit.ApproveAsync(msitId);
        Assert.True(second > first);
        Assert.Equal(second, await doc.ApproveAsync(docId));
        await doc.OpenAsync();
        await Assertions.Expect(doc.Page.Locator($"a[href='/statements/{msit.StatementId}']").First).ToBeVisibleAsync();
        await Assertions.Expect(doc.Page.Locator("form[action*='handler=SaveClause'] button")).ToHaveCountAsync(0);

        // The public reads the adopted text in both languages, with the commitment's follow-up linked.
        await using var publicContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var reader = await publicContext.NewPageAsync();
        await reader.GotoAsync(new Uri(app.BaseAddress, $"/statements/{msit.StatementId}").ToString());
        var text = reader.Locator("main");
        await Assertions.Expect(text).ToContainTextAsync("ROK-US Space Industry Symposium in Seoul");
        await Assertions.Expect(text).ToContainTextAsync("서울 한미 우주산업 심포지엄에서 만나");
        await Assertions.Expect(text).ToContainTextAsync("Each side will open a lunar payload desk by June 2024.");
        await Assertions.Expect(text).ToContainTextAsync("제인 도");
        await Assertions.Expect(reader.Locator("main a[href*='/initiatives/']")).ToHaveCountAsync(1);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(reader);
        await Screenshots.TakeAsync(reader, "statement-adopted-public");

        var pdf = await publicContext.APIRequest.GetAsync(new Uri(app.BaseAddress, $"/statements/{msit.StatementId}.pdf").ToString());
        Assert.Equal(200, pdf.Status);
        // Every clause of the adopted version in both columns, its wrapped lines joined; the title and signatories too.
        var pdfBytes = await pdf.BodyAsync();
        var adopted = await app.WithDbAsync(db => StatementSetup.AdoptedContentAsync(db, msit.StatementId));
        Assert.Contains(adopted.Clauses, c => c.Text.En == "The two sides, meeting at the ROK-US Space Industry Symposium in Seoul,");
        Assert.Contains(adopted.Clauses, c => c.Text.Ko == "양측은 2024년 6월까지 달 탑재체 창구를 각각 개설한다.");
        StatementPdfText.AssertHoldsEveryClause(adopted, pdfBytes);
        var pdfText = PdfText.Normalize(string.Join(" ", PdfText.Pages(pdfBytes)));
        Assert.True(pdfText.Contains("달 탐사 협력에 관한 공동성명", StringComparison.Ordinal) && pdfText.Contains("제인 도", StringComparison.Ordinal), pdfText);
        Assert.DoesNotContain("contact.", pdfText);
        var akn = await publicContext.APIRequest.GetAsync(new Uri(app.BaseAddress, $"/statements/{msit.StatementId}.akn.xml").ToString());
        Assert.Equal(200, akn.Status);
        var xml = await akn.TextAsync();
        Assert.Contains("ROK-US Space Industry Symposium in Seoul", xml);
        Assert.Contains("서울 한미 우주산업 심포지엄에서 만나", xml);
        Assert.DoesNotContain("Each side will name a lunar payload contact.", xml);
    }
}
