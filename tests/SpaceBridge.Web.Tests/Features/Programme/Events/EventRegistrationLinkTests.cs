using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme.Events;

/// <summary>The event page offers "Register" only while the registration window is open and the event is published.</summary>
public sealed class EventRegistrationLinkTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private Task SetWindowAsync(int eventId, DateTime? opensUtc, DateTime? closesUtc, bool published = true) =>
        factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Id == eventId);
            ev.RegistrationOpensAtUtc = opensUtc;
            ev.RegistrationClosesAtUtc = closesUtc;
            ev.Published = published;
            await db.SaveChangesAsync();
            return 0;
        });

    // A fresh query string each time, so no cached answer from before the change is served.
    private static string Url(int id, string? culture = null) =>
        $"/events/{id}?v={Guid.NewGuid():N}" + (culture is null ? "" : $"&culture={culture}");

    [Fact]
    public async Task An_open_window_offers_a_register_link_in_both_languages_and_says_when_it_closes_in_the_event_zone()
    {
        var id = await factory.EventIdAsync(HtmlPage.Day1);
        await SetWindowAsync(id, DateTime.UtcNow.AddDays(-1), new DateTime(2099, 3, 2, 1, 30, 0, DateTimeKind.Utc));
        var client = factory.CreateClient();

        var english = (await client.GetOkPageAsync(Url(id))).QuerySelector("main section.event-registration")!;
        var link = english.QuerySelector($"a[href='/events/{id}/register']");
        Assert.Equal("Register for this event", link?.TextContent);
        Assert.Contains("until", english.TextContent);
        Assert.Contains("2 March 2099 10:30", english.TextContent);
        Assert.Contains("Asia/Seoul (UTC+09:00)", english.TextContent);

        var korean = (await client.GetOkPageAsync(Url(id, "ko"))).QuerySelector("main section.event-registration")!;
        Assert.Equal("이 행사에 참가 등록하기", korean.QuerySelector($"a[href='/events/{id}/register']")?.TextContent);
        Assert.Contains("10:30", korean.TextContent);
        Assert.Contains("까지 받습니다", korean.TextContent);
    }

    [Fact]
    public async Task Before_the_window_the_page_says_when_registration_opens_and_offers_no_link()
    {
        var id = await factory.EventIdAsync(HtmlPage.Day2);
        await SetWindowAsync(id, new DateTime(2099, 3, 2, 1, 30, 0, DateTimeKind.Utc), null);
        var client = factory.CreateClient();

        var english = (await client.GetOkPageAsync(Url(id))).QuerySelector("main section.event-registration")!;
        Assert.Null(english.QuerySelector("a[href$='/register']"));
        Assert.Contains("Registration opens on", english.TextContent);
        Assert.Contains("2 March 2099 10:30", english.TextContent);
        Assert.Contains("Asia/Seoul (UTC+09:00)", english.TextContent);
        var korean = (await client.GetOkPageAsync(Url(id, "ko"))).QuerySelector("main section.event-registration")!;
        Assert.Null(korean.QuerySelector("a[href$='/register']"));
        Assert.Contains("에 시작됩니다", korean.TextContent);

        // Once it has closed, the page says so.
        await SetWindowAsync(id, new DateTime(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2023, 11, 6, 14, 59, 0, DateTimeKind.Utc));
        var closed = (await client.GetOkPageAsync(Url(id))).QuerySelector("main section.event-registration")!;
        Assert.Null(closed.QuerySelector("a[href$='/register']"));
        Assert.Contains("Registration closed on", closed.TextContent);
        Assert.Contains("6 November 2023 23:59", closed.TextContent);
        var koreanClosed = (await client.GetOkPageAsync(Url(id, "ko"))).QuerySelector("main section.event-registration")!;
        Assert.Contains("마감되었습니다", koreanClosed.TextContent);
    }

    [Fact]
    public async Task A_draft_event_with_an_open_window_offers_its_organizers_no_register_link()
    {
        var id = await factory.EventIdAsync(HtmlPage.Day1);
        try
        {
            await SetWindowAsync(id, null, null, published: false);
            var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));

            var section = (await organizer.GetOkPageAsync(Url(id))).QuerySelector("main section.event-registration")!;
            Assert.Null(section.QuerySelector("a[href$='/register']"));
            Assert.Contains("once the event is published", section.TextContent);
        }
        finally
        {
            await SetWindowAsync(id, null, null);
        }
    }
}
