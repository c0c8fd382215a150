using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme;

/// <summary>The organizer workspace's pages, driven through their forms as a browser would.</summary>
public sealed class WorkspacePageTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private static string Location(HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString ?? throw new Xunit.Sdk.XunitException($"No redirect: {(int)response.StatusCode}");

    [Fact]
    public async Task An_administrator_creates_a_forum_with_its_co_hosts_and_is_sent_on_to_grant_its_organizers()
    {
        var admin = await factory.SignInAsync(await factory.CreateAdministratorAsync());
        var msit = await factory.WithDbAsync(db => db.Organizations.Where(o => o.Acronym == "MSIT").Select(o => o.Id).SingleAsync());

        var response = await admin.SubmitFormAsync("/organizer/forums/new", new Dictionary<string, string>
        {
            ["Input.NameEn"] = "Korea-Nordic Space Forum",
            ["Input.NameKo"] = "한-북유럽 우주 포럼",
            ["Input.Slug"] = "korea-nordic-2026",
            ["Input.City"] = "Seoul",
            ["Input.TimeZone"] = "Asia/Seoul",
            ["Input.HostOrganizationIds"] = msit.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/roles?forum=korea-nordic-2026", Location(response));
        var forum = await factory.WithDbAsync(db => db.Forums.Include(f => f.Hosts).SingleAsync(f => f.Slug == "korea-nordic-2026"));
        Assert.Equal([msit], forum.Hosts.Select(h => h.OrganizationId));
        var roles = await admin.GetDocumentAsync(Location(response));
        Assert.Contains(roles.QuerySelectorAll("select[name='Grant.Organization'] option"), o => o.GetAttribute("value") == "MSIT");
    }

    [Fact]
    public async Task An_organizer_builds_an_event_and_a_room_conflict_is_refused_naming_the_other_session_with_nothing_saved()
    {
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var forumId = await factory.DemoForumIdAsync();

        var created = await organizer.SubmitFormAsync($"/organizer/forums/{forumId}/events/new", new Dictionary<string, string>
        {
            ["Input.NameEn"] = "Satellite Services Day",
            ["Input.NameKo"] = "",
            ["Input.Slug"] = "satellite-services-day",
            ["Input.StartDate"] = "2026-11-12",
            ["Input.EndDate"] = "2026-11-12",
            ["Input.VenueNameEn"] = "BEXCO",
            ["Input.VenueCity"] = "Busan",
            ["Input.Capacity"] = "150",
            ["Input.RegistrationOpens"] = "2026-09-01T09:00",
            ["Input.RegistrationCloses"] = "2026-11-05T18:00",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = Location(created);
        var ev = await factory.WithDbAsync(db => db.Events.SingleAsync(e => e.Slug == "satellite-services-day"));
        Assert.False(ev.Published);
        Assert.Equal(new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc), ev.RegistrationOpensAtUtc);

        var editPage = await organizer.GetDocumentAsync(editUrl);
        Assert.Contains("Translation missing", editPage.QuerySelector(".translation-missing")!.TextContent);
        foreach (var room in new[] { "Hall 1", "Hall 2" })
        {
            var added = await organizer.SubmitFormAsync(editUrl, new Dictionary<string, string> { ["Room.NameEn"] = room, ["Room.Capacity"] = "80" }, "form[action*='AddRoom']");
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        var hall1 = await factory.WithDbAsync(db => db.Rooms.Where(r => r.VenueId == ev.VenueId && r.Name.En == "Hall 1").Select(r => r.Id).SingleAsync());

        var session = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Keynote",
            ["Input.TitleEn"] = "Why satellites need services",
            ["Input.TitleKo"] = "위성 서비스가 필요한 이유",
            ["Input.RoomId"] = hall1.ToString(),
            ["Input.Day"] = "2026-11-12",
            ["Input.Start"] = "10:00",
            ["Input.End"] = "11:00",
            ["Input.Published"] = "true",
        };
        var first = await organizer.SubmitFormAsync($"/organizer/events/{ev.Id}/sessions/new", session);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var before = await DatabaseFingerprint.TakeAsync(factory);
        session["Input.Kind"] = "Panel";
        session["Input.TitleEn"] = "Clashing panel";
        session["Input.Start"] = "10:30";
        session["Input.End"] = "11:30";
        var clash = await organizer.SubmitFormAsync($"/organizer/events/{ev.Id}/sessions/new", session);
        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Contains("Why satellites need services", await clash.Content.ReadAsStringAsync());
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(factory)));

        var timetable = await organizer.GetDocumentAsync($"/organizer/events/{ev.Id}/timetable");
        var link = timetable.QuerySelectorAll("table.timetable a").Single(a => a.TextContent.Contains("Why satellites need services"));
        Assert.StartsWith("/organizer/sessions/", link.GetAttribute("href"));
        Assert.Contains("Hall 1", timetable.QuerySelector("table.timetable thead")!.TextContent);
    }

    [Fact]
    public async Task A_stale_event_form_is_refused_with_a_message_and_nothing_is_saved()
    {
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var eventId = await factory.EventIdAsync(HtmlPage.Day2);
        var url = $"/organizer/events/{eventId}/edit";
        var page = await organizer.GetDocumentAsync(url);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form.workspace-form")!;
        // Someone else saves the event after this form was loaded.
        await factory.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(u => u.SetProperty(e => e.Version, e => e.Version + 1)));
        var before = await DatabaseFingerprint.TakeAsync(factory);

        var response = await organizer.SubmitAsync(form, url, new Dictionary<string, string> { ["Input.Capacity"] = "10" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this", await response.Content.ReadAsStringAsync());
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(factory)));
    }

    [Fact]
    public async Task People_who_do_not_organize_the_forum_are_refused_every_workspace_page()
    {
        var forumId = await factory.DemoForumIdAsync();
        var eventId = await factory.EventIdAsync(HtmlPage.Day1);
        var sessionId = await factory.WithDbAsync(db => db.Sessions.Where(s => s.EventId == eventId).Select(s => s.Id).FirstAsync());
        var outsider = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));
        string[] urls =
        [
            "/organizer/forums/new", $"/organizer/forums/{forumId}", $"/organizer/forums/{forumId}/edit", $"/organizer/forums/{forumId}/events/new",
            $"/organizer/events/{eventId}/edit", $"/organizer/events/{eventId}/sessions", $"/organizer/events/{eventId}/sessions/new",
            $"/organizer/events/{eventId}/timetable", $"/organizer/sessions/{sessionId}/edit", $"/organizer/forums/{forumId}/people",
            $"/organizer/forums/{forumId}/people/edit", $"/organizer/forums/{forumId}/organizations", $"/organizer/forums/{forumId}/organizations/edit",
        ];
        foreach (var url in urls)
        {
            var response = await outsider.GetAsync(url);
            // A refusal for lack of a role is the 403 page naming the role needed.
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
    }
}
