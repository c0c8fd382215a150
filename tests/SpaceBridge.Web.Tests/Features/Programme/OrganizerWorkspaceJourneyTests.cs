using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Programme;

/// <summary>
/// A new forum built from nothing in Chromium: an administrator creates it and makes a person its organizer; the
/// organizer adds two organizations, three people, an event with two rooms and five sessions, meets a room conflict,
/// publishes; a visitor reads the agenda in English and Korean and downloads its calendar. axe checks every page.
/// </summary>
public sealed class OrganizerWorkspaceJourneyTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task An_organizer_builds_and_publishes_an_event_from_nothing_and_a_visitor_reads_it_in_both_languages()
    {
        var admin = await app.CreateAdministratorAsync();
        var organizer = await app.CreateUserAsync();

        // The administrator creates the forum and makes the organizer its organizer for MSIT.
        await using (var adminContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" }))
        {
            var page = await adminContext.NewPageAsync();
            await new AccountPages(page, app.BaseAddress).SignInAsync(admin.Email, admin.Password);
            var ws = new WorkspacePages(page, app.BaseAddress);
            await ws.OpenAsync("/organizer");
            await CheckAsync(page, "ws-01-organizer-admin");
            await page.Locator("a[href='/organizer/forums/new']").ClickAsync();
            await CheckAsync(page, "ws-02-forum-new");
            var msit = await app.WithDbAsync(db => db.Organizations.Where(o => o.Acronym == "MSIT").Select(o => o.Id).SingleAsync());
            await ws.FillAsync(new Dictionary<string, string>
            {
                ["Input.NameEn"] = "Korea-Canada Space Forum", ["Input.NameKo"] = "한-캐나다 우주 포럼", ["Input.Slug"] = "korea-canada-2026",
                ["Input.City"] = "Daejeon", ["Input.TimeZone"] = "Asia/Seoul",
            });
            await page.Locator($"input[name='Input.HostOrganizationIds'][value='{msit}']").CheckAsync();
            await ws.SubmitAsync();
            await page.WaitForURLAsync(new Regex("/admin/roles"));
            await CheckAsync(page, "ws-03-roles");
            await page.Locator("input[name='Grant.Email']").FillAsync(organizer.Email);
            await page.Locator("select[name='Grant.Role']").SelectOptionAsync("Organizer");
            await page.Locator("select[name='Grant.Organization']").SelectOptionAsync("MSIT");
            await page.Locator("main form[action*='Grant'] button[type='submit']").ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.Contains(organizer.Email, await page.Locator("main").InnerTextAsync());
        }
        var forumId = await app.WithDbAsync(db => db.Forums.Where(f => f.Slug == "korea-canada-2026").Select(f => f.Id).SingleAsync());

        int eventId;
        await using (var context = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" }))
        {
            var page = await context.NewPageAsync();
            await new AccountPages(page, app.BaseAddress).SignInAsync(organizer.Email, organizer.Password);
            var ws = new WorkspacePages(page, app.BaseAddress);
            await ws.OpenAsync("/organizer");
            await page.Locator($"a[href='/organizer/forums/{forumId}']").ClickAsync();
            await CheckAsync(page, "ws-04-workspace");

            foreach (var (en, ko, country) in new[] { ("Maple Orbital", "메이플 오비탈", "US"), ("Hanbit Launch", "한빛 발사", "KR") })
            {
                await ws.OpenAsync($"/organizer/forums/{forumId}/organizations/edit");
                await ws.FillAsync(new Dictionary<string, string> { ["Input.NameEn"] = en, ["Input.NameKo"] = ko, ["Input.Kind"] = "Company", ["Input.CountryCode"] = country });
                await ws.SubmitAsync();
            }
            await CheckAsync(page, "ws-05-organizations");
            var people = new[] { ("Kim Hana", "김하나"), ("Lee Dool", "이둘"), ("Anne Martin", "") };
            foreach (var (romanized, hangul) in people)
            {
                await ws.OpenAsync($"/organizer/forums/{forumId}/people/edit");
                await ws.FillAsync(new Dictionary<string, string> { ["Input.RomanizedName"] = romanized, ["Input.HangulName"] = hangul, ["Input.PositionEn"] = "Director" });
                await ws.SubmitAsync();
            }
            await CheckAsync(page, "ws-06-people");

            await ws.OpenAsync($"/organizer/forums/{forumId}/events/new");
            await ws.FillAsync(new Dictionary<string, string>
            {
                ["Input.NameEn"] = "Small Satellite Symposium", ["Input.NameKo"] = "소형위성 심포지엄", ["Input.Slug"] = "small-satellites",
                ["Input.StartDate"] = "2026-11-12", ["Input.EndDate"] = "2026-11-12", ["Input.VenueNameEn"] = "KAIST Auditorium",
                ["Input.VenueNameKo"] = "카이스트 대강당", ["Input.VenueCity"] = "Daejeon", ["Input.Capacity"] = "120",
            });
            await CheckAsync(page, "ws-07-event-new");
            await ws.SubmitAsync();
            await page.WaitForURLAsync(new Regex("/organizer/events/\\d+/edit"));
            eventId = int.Parse(Regex.Match(page.Url, "/organizer/events/(\\d+)/edit").Groups[1].Value);
            foreach (var room in new[] { "Hall A", "Room B" })
            {
                await ws.FillAsync(new Dictionary<string, string> { ["Room.NameEn"] = room, ["Room.Capacity"] = "60" }, "main form[action*='AddRoom']");
                await ws.SubmitAsync("main form[action*='AddRoom']");
            }
            await CheckAsync(page, "ws-08-event-edit");

            var sessions = new (string Kind, string En, string Ko, string Room, string Start, string End, string? Person, string Role)[]
            {
                ("OpeningRemarks", "Opening remarks", "개회사", "Hall A", "09:00", "09:30", "Kim Hana", "Speaker"),
                ("Keynote", "Keynote: constellations", "기조연설: 군집위성", "Hall A", "09:30", "10:30", "Anne Martin", "Speaker"),
                ("Panel", "Panel on launch access", "발사 접근성 패널", "Hall A", "11:00", "12:00", "Lee Dool", "Moderator"),
                ("SideMeeting", "Supplier meeting", "공급사 회의", "Room B", "11:00", "12:00", "Kim Hana", "Panelist"),
                ("NetworkingDinner", "Networking dinner", "네트워킹 만찬", "Room B", "18:00", "20:00", null, "Speaker"),
            };
            var personIds = await app.WithDbAsync(db => db.People.Where(p => p.ForumId == forumId).ToDictionaryAsync(p => p.RomanizedName, p => p.Id));
            var roomIds = await app.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).SelectMany(e => e.Venue!.Rooms).ToDictionaryAsync(r => r.Name.En!, r => r.Id));
            foreach (var s in sessions)
            {
                await ws.OpenAsync($"/organizer/events/{eventId}/sessions/new");
                var fields = new Dictionary<string, string>
                {
                    ["Input.Kind"] = s.Kind, ["Input.TitleEn"] = s.En, ["Input.TitleKo"] = s.Ko, ["Input.RoomId"] = roomIds[s.Room].ToString(),
                    ["Input.Day"] = "2026-11-12", ["Input.Start"] = s.Start, ["Input.End"] = s.End,
                };
                if (s.Person is { } person)
                {
                    fields["Input.People[0].PersonId"] = personIds[person].ToString();
                    fields["Input.People[0].Role"] = s.Role;
                }
                await ws.FillAsync(fields);
                await page.Locator("input[type='checkbox'][name='Input.Published']").CheckAsync();
                if (s.Kind == "OpeningRemarks")
                {
                    await CheckAsync(page, "ws-09-session-new");
                }
                await ws.SubmitAsync();
                await page.WaitForURLAsync(new Regex($"/organizer/events/{eventId}/sessions$"));
            }
            await CheckAsync(page, "ws-10-sessions");

            // The keynote's hall is taken: refused, the keynote named, nothing saved.
            var before = await app.WithDbAsync(db => db.Sessions.CountAsync(x => x.EventId == eventId));
            await ws.OpenAsync($"/organizer/events/{eventId}/sessions/new");
            await ws.FillAsync(new Dictionary<string, string>
            {
                ["Input.Kind"] = "PressConference", ["Input.TitleEn"] = "Press conference", ["Input.RoomId"] = roomIds["Hall A"].ToString(),
                ["Input.Day"] = "2026-11-12", ["Input.Start"] = "10:00", ["Input.End"] = "10:45",
            });
            await ws.SubmitAsync();
            Assert.Contains("Keynote: constellations", await ws.ErrorSummaryAsync());
            Assert.Equal(before, await app.WithDbAsync(db => db.Sessions.CountAsync(x => x.EventId == eventId)));
            await CheckAsync(page, "ws-11-session-conflict");

            await ws.OpenAsync($"/organizer/events/{eventId}/timetable");
            Assert.Equal(5, await page.Locator("table.timetable td a").CountAsync());
            await CheckAsync(page, "ws-12-timetable");

            await ws.OpenAsync($"/organizer/events/{eventId}/edit");
            await page.Locator("main form.workspace-form input[type='checkbox'][name='Input.Published']").CheckAsync();
            await ws.SubmitAsync();
            Assert.True(await app.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.Published).SingleAsync()));
        }

        await using (var visitor = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" }))
        {
            var page = await visitor.NewPageAsync();
            await page.GotoAsync(new Uri(app.BaseAddress, $"/events/{eventId}/agenda").ToString());
            var english = await page.Locator("main").InnerTextAsync();
            Assert.Contains("Keynote: constellations", english);
            Assert.DoesNotContain("Press conference", english);
            await CheckAsync(page, "ws-13-agenda-en");
            await page.GotoAsync(new Uri(app.BaseAddress, $"/events/{eventId}/agenda?culture=ko").ToString());
            Assert.Contains("기조연설: 군집위성", await page.Locator("main").InnerTextAsync());
            await CheckAsync(page, "ws-14-agenda-ko");
            var ics = await (await visitor.APIRequest.GetAsync(new Uri(app.BaseAddress, $"/events/{eventId}/agenda.ics").ToString())).TextAsync();
            Assert.StartsWith("BEGIN:VCALENDAR", ics);
            Assert.Equal(5, Regex.Matches(ics, "BEGIN:VEVENT").Count);
        }
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        await Screenshots.TakeAsync(page, name);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }
}
