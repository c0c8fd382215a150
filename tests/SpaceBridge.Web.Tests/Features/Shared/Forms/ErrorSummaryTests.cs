using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Shared.Forms;

/// <summary>
/// One error pattern on every form: the title starts with "Error:", a summary at the top takes focus and links each
/// message to its field, the field is aria-invalid and described by its message, required fields say so in their label.
/// </summary>
public sealed class ErrorSummaryTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Theory]
    [InlineData("en", "Error: ", "(required)")]
    [InlineData("ko", "오류: ", "(필수)")]
    public async Task A_failed_sign_in_links_each_message_to_its_field_in_the_readers_language(string culture, string prefix, string required)
    {
        var client = factory.CreateBrowserClient();
        var page = await SubmitAsync(client, $"/account/sign-in?culture={culture}", new() { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.StartsWith(prefix, page.Title);
        AssertSummaryLinks(page, "Input_Email", "Input_Password");
        Assert.Contains(required, page.QuerySelector("label[for=Input_Email]")!.TextContent);
        // The checkbox sits beside its label, in one row.
        var remember = page.GetElementById("Input_RememberMe")!;
        Assert.Equal(remember.ParentElement, page.QuerySelector("label[for=Input_RememberMe]")!.ParentElement);
        Assert.Contains("check", remember.ParentElement!.ClassList);
    }

    [Fact]
    public async Task The_registration_form_marks_its_required_fields_and_links_its_errors()
    {
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        var client = await factory.SignInAsync(await factory.CreateUserAsync());
        var url = $"/events/{eventId}/register";
        var form = await client.GetDocumentAsync(url);
        // The organization is chosen from the list, typed or proposed: its typed name is required only on that choice, so the
        // server's error (below) is what ties it to its field.
        foreach (var id in new[] { "Input_RomanizedName", "Input_CountryCode", "Input_ConsentToProcessing" })
        {
            Assert.Contains("(required)", form.QuerySelector($"label[for={id}]")!.TextContent);
            Assert.Equal("true", form.GetElementById(id)!.GetAttribute("aria-required"));
        }
        Assert.DoesNotContain("(required)", form.QuerySelector("label[for=Input_Position]")!.TextContent);

        var page = await SubmitAsync(client, url, new() { ["Input.RomanizedName"] = "", ["Input.OrganizationName"] = "", ["Input.CountryCode"] = "" });

        AssertSummaryLinks(page, "Input_RomanizedName", "Input_OrganizationName", "Input_CountryCode", "Input_ConsentToProcessing");
        // "This field is required." names its field once it stands in the summary.
        Assert.Contains(page.QuerySelectorAll("#error-summary a"), a => a.TextContent == "Name in Latin letters: This field is required.");
    }

    [Fact]
    public async Task Errors_of_checkbox_groups_and_selects_link_to_their_first_box()
    {
        var forumId = await factory.WithDbAsync(db => db.Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync());
        var organizationId = await factory.WithDbAsync(db => db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var client = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));

        var page = await SubmitAsync(client, $"/forums/{forumId}/organizations/{organizationId}/opportunities/new", new());

        AssertSummaryLinks(page, "Input_Direction", "Input_Kind", "Input_TitleEn", "Input_Areas-Launch");
    }

    [Fact]
    public async Task A_review_post_without_a_decision_says_so_and_changes_nothing()
    {
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        var person = await CheckIn.Attendees.RegisterAsync(factory, eventId, "No Decision", status: Web.Features.Registrations.RegistrationStatus.Submitted);
        var client = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        var url = $"/organizer/events/{eventId}/registrations";
        var document = await client.GetDocumentAsync(url);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)document.QuerySelector("form#review")!;
        // The hidden first button is what Enter presses: it carries no decision.
        var first = form.QuerySelector("button[type=submit]")!;
        Assert.Null(first.GetAttribute("name"));
        Assert.Equal("-1", first.GetAttribute("tabindex"));
        ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector($"#select-{person.Id}")!).IsChecked = true;

        var response = await client.SubmitAsync(form, url, new Dictionary<string, string> { ["reason"] = "Pressed Enter" });
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Contains("Nothing was changed", page.GetElementById("error-summary")!.TextContent);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector($"#select-{person.Id}")!).IsChecked);
        Assert.Equal("Pressed Enter", page.QuerySelector("#review input[name=reason]")!.GetAttribute("value"));
        var stored = await factory.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == person.Id));
        Assert.Equal((Web.Features.Registrations.RegistrationStatus.Submitted, person.Version), (stored.Status, stored.Version));
    }

    private static async Task<IDocument> SubmitAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var response = await client.SubmitFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// The summary is focusable and focused on load, and links at least these fields; every link's field is marked
    /// invalid and described by an element that holds the message.
    /// </summary>
    private static void AssertSummaryLinks(IDocument page, params string[] fieldIds)
    {
        var summary = page.GetElementById("error-summary") ?? throw new Xunit.Sdk.XunitException("no error summary");
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Same(summary, page.QuerySelector("main")!.FirstElementChild);
        var links = summary.QuerySelectorAll("a").ToList();
        Assert.Superset(fieldIds.ToHashSet(), links.Select(a => a.GetAttribute("href")!.TrimStart('#')).ToHashSet());
        foreach (var link in links)
        {
            var field = page.GetElementById(link.GetAttribute("href")!.TrimStart('#'))
                ?? throw new Xunit.Sdk.XunitException($"the summary links to {link.GetAttribute("href")}, which is not on the page");
            Assert.Equal("true", field.GetAttribute("aria-invalid"));
            var described = (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(page.GetElementById).ToList();
            Assert.All(described, Assert.NotNull);
            Assert.Contains(described, d => link.TextContent.Contains(ShownText(d!), StringComparison.Ordinal));
        }
    }

    /// <summary>The text a sighted reader sees: without the hidden "Error:" that only screen readers hear.</summary>
    private static string ShownText(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden").ToList())
        {
            hidden.Remove();
        }
        return copy.TextContent.Trim();
    }
}
