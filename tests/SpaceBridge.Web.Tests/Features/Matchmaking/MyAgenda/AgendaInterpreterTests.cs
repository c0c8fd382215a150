using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Features.Matchmaking.Interpreters;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.MyAgenda;

/// <summary>
/// The interpreter a published meeting needs, on the personal agenda page, in the my-agenda API, in the .ics feed and in
/// the e-mails that say a meeting is scheduled or moved.
/// </summary>
public sealed partial class AgendaInterpreterTests(MeetingsApp app) : IClassFixture<MeetingsApp>
{
    private async Task<Participant> SpeakerAsync(string name, string country, string culture, params string[] languages)
    {
        var p = await app.ParticipantAsync(name, country, organizationName: $"{name} Org", culture: culture);
        await app.WithDbAsync(db => db.Registrations.Where(r => r.Id == p.RegistrationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.MeetingLanguages, languages.ToList())));
        return p;
    }

    /// <summary>The event's pools become exactly these, in this order (the ids' order).</summary>
    private async Task SetPoolsAsync(params (string A, string B)[] pairs)
    {
        var eventId = await app.EventIdAsync();
        await app.WithDbAsync(async db =>
        {
            await db.Set<EventInterpreterPool>().Where(p => p.EventId == eventId).ExecuteDeleteAsync();
            foreach (var (a, b) in pairs)
            {
                db.Set<EventInterpreterPool>().Add(new EventInterpreterPool { EventId = eventId, LanguageA = a, LanguageB = b, Count = 1, Version = 1 });
                await db.SaveChangesAsync();
            }
            return 0;
        });
    }

    /// <summary>
    /// With a Korean-Spanish pool only: Kim (Korean only) meets Garcia (Spanish only), which needs the interpreter, and
    /// Lee (English and Korean) meets Kim, which does not; both meetings published.
    /// </summary>
    private async Task<(Participant Kim, Participant Garcia, Participant Lee, int Interpreted, int Plain, int EventId)> KoreanSpanishAndPlainAsync(string prefix)
    {
        await SetPoolsAsync(("ko", "es"));
        var kim = await SpeakerAsync($"{prefix} Kim", "KR", "ko", "ko");
        var garcia = await SpeakerAsync($"{prefix} Garcia", "MX", "en", "es");
        var lee = await SpeakerAsync($"{prefix} Lee", "KR", "en", "en", "ko");
        var interpreted = await app.PublishedMeetingAsync(kim, garcia, $"{prefix} Table 1");
        var plain = await app.PublishedMeetingAsync(lee, kim, $"{prefix} Table 2");
        return (kim, garcia, lee, interpreted, plain, await app.EventIdAsync());
    }

    private async Task<List<AgendaMeeting>> ApiMeetingsAsync(Participant p, string culture = "en")
    {
        var eventId = await app.EventIdAsync();
        return (await p.Client.GetFromJsonAsync<Agenda>($"/api/v1/events/{eventId}/my-agenda?culture={culture}"))!.Meetings;
    }

    private async Task<string> FeedAsync(Participant p)
    {
        var eventId = await app.EventIdAsync();
        var page = await p.Client.GetStringAsync($"/events/{eventId}/my-agenda");
        var ics = await app.CreateClient().GetStringAsync(new Uri(FeedUrl().Match(page).Value).AbsolutePath);
        // Long lines are folded (RFC 5545 3.1): unfold before searching.
        return ics.Replace("\r\n ", "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_between_people_without_a_common_language_shows_its_interpreter_on_the_page_in_the_api_and_in_the_feed_in_both_languages()
    {
        var (kim, garcia, lee, interpreted, plain, eventId) = await KoreanSpanishAndPlainAsync("Interp");

        var mine = await ApiMeetingsAsync(kim);
        Assert.Equal(["ko", "es"], mine.Single(m => m.Id == interpreted).Interpreter!.Languages);
        Assert.Equal("Korean – Spanish interpreter", mine.Single(m => m.Id == interpreted).Interpreter!.Description);
        Assert.Null(mine.Single(m => m.Id == plain).Interpreter);
        Assert.Equal("한국어 – 스페인어 통역사", (await ApiMeetingsAsync(kim, "ko")).Single(m => m.Id == interpreted).Interpreter!.Description);
        Assert.Equal(["ko", "es"], Assert.Single(await ApiMeetingsAsync(garcia)).Interpreter!.Languages);
        Assert.Null(Assert.Single(await ApiMeetingsAsync(lee)).Interpreter);

        var korean = await kim.Client.GetDocumentAsync($"/events/{eventId}/my-agenda?culture=ko");
        Assert.Equal(["한국어 – 스페인어 통역사"], korean.QuerySelectorAll("tr.meeting .interpreter").Select(e => e.TextContent.Trim()));
        var english = await garcia.Client.GetDocumentAsync($"/events/{eventId}/my-agenda");
        Assert.Equal(["Korean – Spanish interpreter"], english.QuerySelectorAll("tr.meeting .interpreter").Select(e => e.TextContent.Trim()));
        Assert.Empty((await lee.Client.GetDocumentAsync($"/events/{eventId}/my-agenda")).QuerySelectorAll("tr.meeting .interpreter"));

        // Each feed in its owner's language: Kim reads Korean, Garcia English; Lee's meeting needs nobody.
        Assert.Contains("한국어 – 스페인어 통역사가 함께합니다.", await FeedAsync(kim));
        Assert.Contains("Present: Korean – Spanish interpreter.", await FeedAsync(garcia));
        Assert.DoesNotContain("interpreter", await FeedAsync(lee));
    }

    [Fact]
    public async Task The_pair_follows_the_event_pools_and_the_languages_as_they_are_now()
    {
        await SetPoolsAsync(("ko", "es"), ("en", "es"));
        var park = await SpeakerAsync("Pools Park", "KR", "en", "ko", "en");
        var lopez = await SpeakerAsync("Pools Lopez", "MX", "en", "es");
        var meeting = await app.PublishedMeetingAsync(park, lopez, "Pools Table");
        Assert.Equal(["ko", "es"], (await ApiMeetingsAsync(park)).Single(m => m.Id == meeting).Interpreter!.Languages);

        // The Korean-Spanish pool goes after publishing: the English-Spanish one serves the meeting now.
        await SetPoolsAsync(("en", "es"));
        Assert.Equal(["en", "es"], (await ApiMeetingsAsync(park)).Single(m => m.Id == meeting).Interpreter!.Languages);
        Assert.Equal("English – Spanish interpreter", (await ApiMeetingsAsync(lopez)).Single(m => m.Id == meeting).Interpreter!.Description);

        // Lopez adds English to the registration: they share a language, nobody is needed.
        await app.WithDbAsync(db => db.Registrations.Where(r => r.Id == lopez.RegistrationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.MeetingLanguages, new List<string> { "es", "en" })));
        Assert.Null((await ApiMeetingsAsync(park)).Single(m => m.Id == meeting).Interpreter);
    }

    [Fact]
    public async Task An_agenda_of_interpreted_meetings_reads_the_pools_once_and_not_per_meeting()
    {
        await SetPoolsAsync(("ko", "es"), ("ko", "ja"));
        var owner = await SpeakerAsync("Count Choi", "KR", "en", "ko");
        await app.PublishedMeetingAsync(owner, await SpeakerAsync("Count Ruiz", "MX", "en", "es"), "Count Table 1");
        await app.PublishedMeetingAsync(await SpeakerAsync("Count Sato", "TH", "en", "ja"), owner, "Count Table 2");
        await app.PublishedMeetingAsync(owner, await SpeakerAsync("Count Vega", "MX", "en", "es"), "Count Table 3");
        var eventId = await app.EventIdAsync();
        using var queries = await RequestQueries.StartAsync(app.Services);

        var warm = await queries.WarmAsync(owner.Client, $"/api/v1/events/{eventId}/my-agenda", async response =>
        {
            var agenda = await response.Content.ReadFromJsonAsync<Agenda>();
            Assert.Equal(3, agenda!.Meetings.Count(m => m.Interpreter is not null));
        });
        Assert.True(warm.Count == 4, $"expected 4 queries, got {warm.Count}:\n{string.Join("\n---\n", warm)}");
        Assert.Single(warm, sql => sql.Contains("FROM \"InterpreterPools\""));
    }

    [Fact]
    public async Task The_scheduled_and_moved_emails_name_the_interpreter_in_both_languages_and_only_for_a_meeting_that_needs_one()
    {
        var (kim, garcia, lee, interpreted, plain, eventId) = await KoreanSpanishAndPlainAsync("Mail");
        var (interpretedSlot, plainSlot, otherSlot) = await app.WithDbAsync(async db =>
        {
            var slots = await db.ScheduledMeetings.Where(m => m.Id == interpreted || m.Id == plain).ToDictionaryAsync(m => m.Id, m => m.SlotId);
            var other = await db.MeetingSlots.Where(s => s.EventId == eventId && s.Id != slots[interpreted] && s.Id != slots[plain]).Select(s => s.Id).FirstAsync();
            return (slots[interpreted], slots[plain], other);
        });

        async Task NotifyAsync(params MeetingChange[] changes)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MeetingNotifications>().NotifyPublishedAsync(eventId, changes);
        }

        await NotifyAsync(new MeetingChange(garcia.RegistrationId, interpreted, null, interpretedSlot), new MeetingChange(lee.RegistrationId, plain, null, plainSlot));
        var scheduled = MailPickup.RequireLatestFor(app, garcia.User.Email).TextBody ?? "";
        Assert.Contains("Interpreting between Korean and Spanish is arranged for this meeting.", scheduled);
        Assert.Contains("이 미팅에는 한국어 – 스페인어 통역이 제공됩니다.", scheduled);
        Assert.DoesNotContain("Interpreting", MailPickup.RequireLatestFor(app, lee.User.Email).TextBody);

        // Moved: Kim reads Korean first, and the interpreter is named in both parts.
        await NotifyAsync(new MeetingChange(kim.RegistrationId, interpreted, otherSlot, interpretedSlot));
        var moved = MailPickup.RequireLatestFor(app, kim.User.Email).TextBody ?? "";
        var korean = moved.IndexOf("이 미팅에는 한국어 – 스페인어 통역이 제공됩니다.", StringComparison.Ordinal);
        var english = moved.IndexOf("Interpreting between Korean and Spanish is arranged for this meeting.", StringComparison.Ordinal);
        Assert.True(korean >= 0 && english > korean, moved);
    }

    [GeneratedRegex(@"https?://[^""\s<]+/feeds/agenda/[A-Za-z0-9_-]+\.ics")]
    private static partial Regex FeedUrl();

    private sealed record Agenda(List<AgendaMeeting> Meetings);
    private sealed record AgendaMeeting(int Id, string Location, Interpreter? Interpreter);
    private sealed record Interpreter(List<string> Languages, string Description);
}
