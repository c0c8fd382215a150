using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.Features.Matchmaking.Interpreters;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.MyAgenda;

/// <summary>A Korean-only delegate's agenda at 320 px in Chromium: the meeting with a Spanish-only partner names its interpreter.</summary>
public class AgendaInterpreterBrowserTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    private async Task<(int EventId, TestUser Kim)> InterpretedMeetingAsync()
    {
        var kim = await app.CreateUserAsync();
        var eventId = await app.WithDbAsync(db => db.Events.Where(e => e.Slug.Contains("rok-us")).Select(e => e.Id).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            Registration Approved(string name, string country, string? userId, string email, string language) => new()
            {
                EventId = eventId, UserId = userId, SubmittedByUserId = userId, Email = email, RomanizedName = name, OrganizationName = $"{name} Space",
                CountryCode = country, ParticipantType = ParticipantType.Delegate, ConsentToProcessing = true, Status = RegistrationStatus.Approved,
                BadgeToken = Guid.NewGuid().ToString("N"), MeetingLanguages = [language],
            };
            var mine = Approved("Kim Min-ji", "KR", kim.Id, kim.Email, "ko");
            mine.HangulName = "김민지";
            var partner = Approved("Lucia Mendez", "MX", null, $"lucia-{Guid.NewGuid():N}@aem.example", "es");
            if (!await db.Set<EventInterpreterPool>().AnyAsync(p => p.EventId == eventId && p.LanguageA == "ko" && p.LanguageB == "es"))
            {
                db.Set<EventInterpreterPool>().Add(new EventInterpreterPool { EventId = eventId, LanguageA = "ko", LanguageB = "es", Count = 1, Version = 1 });
            }
            var start = new DateTime(2023, 11, 8, 6, 0, 0, DateTimeKind.Utc);
            var index = (await db.MeetingSlots.Where(s => s.EventId == eventId).Select(s => (int?)s.Index).MaxAsync() ?? 0) + 1;
            db.ScheduledMeetings.Add(new ScheduledMeeting
            {
                EventId = eventId, IsPublished = true,
                MeetingRequest = new MeetingRequest
                {
                    EventId = eventId, From = mine, To = partner, Status = MeetingRequestStatus.Accepted,
                    CreatedAtUtc = start.AddDays(-10), ExpiresAtUtc = start.AddDays(-3),
                },
                Slot = new MeetingSlot { EventId = eventId, Index = index, StartsAtUtc = start, EndsAtUtc = start.AddMinutes(20) },
                Location = new MeetingLocation { EventId = eventId, Name = $"Table {index}" },
            });
            return await db.SaveChangesAsync();
        });
        return (eventId, kim);
    }

    [Theory]
    [InlineData("ko", "한국어 – 스페인어 통역사")]
    [InlineData("en", "Korean – Spanish interpreter")]
    public async Task The_agenda_names_the_interpreter_of_an_interpreted_meeting_at_320_pixels(string culture, string expected)
    {
        var (eventId, kim) = await InterpretedMeetingAsync();
        await using var context = await Reflow.NarrowContextAsync(chromium.Browser);
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(kim.Email, kim.Password);

        await page.GotoAsync(new Uri(app.BaseAddress, $"/events/{eventId}/my-agenda?culture={culture}").ToString());

        var row = page.Locator("main tr.meeting", new() { HasText = "Lucia Mendez" });
        await Assertions.Expect(row.Locator(".interpreter")).ToHaveTextAsync(expected);
        await Reflow.AssertNoHorizontalPageScrollAsync(page);
        await Screenshots.TakeAsync(page, $"reflow-320-my-agenda-interpreter-{culture}");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }
}
