using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Scheduling.Validation;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Interpreters;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Interpreters;

/// <summary>Schedule runs in the app read the registrations' meeting languages and the event's interpreter pools.</summary>
public sealed class InterpreterScheduleTests : IDisposable
{
    private readonly SpaceBridgeFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>
    /// Six Korean-only and six English-only people, every Korean asking two English speakers (12 meetings needing ko-en),
    /// plus meetings between people who share English; 4 slots, plenty of tables, one ko-en interpreter per slot.
    /// </summary>
    private async Task<(int EventId, List<int> Korean, List<int> English, List<int> Bilingual)> ForumAsync(int interpreters)
    {
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 4, tables: 10);
        var korean = await _factory.AddApprovedRegistrationsAsync(eventId, 6, "Ko");
        var english = await _factory.AddApprovedRegistrationsAsync(eventId, 6, "En");
        var bilingual = await _factory.AddApprovedRegistrationsAsync(eventId, 2, "Both");
        await SetLanguagesAsync(korean, "ko");
        await SetLanguagesAsync(english, "en");
        await SetLanguagesAsync(bilingual, "ko", "en");
        var pairs = new List<(int, int)>();
        for (var i = 0; i < 6; i++)
        {
            pairs.Add((korean[i], english[i]));
            pairs.Add((korean[i], english[(i + 1) % 6]));
        }
        // No interpreter needed: a common language.
        pairs.Add((bilingual[0], english[0]));
        pairs.Add((bilingual[1], korean[0]));
        await _factory.AddRequestsAsync(eventId, pairs);
        if (interpreters >= 0)
        {
            await _factory.WithDbAsync(async db =>
            {
                db.Set<EventInterpreterPool>().Add(new EventInterpreterPool { EventId = eventId, LanguageA = "ko", LanguageB = "en", Count = interpreters, Version = 1 });
                return await db.SaveChangesAsync();
            });
        }
        return (eventId, korean, english, bilingual);
    }

    private Task SetLanguagesAsync(List<int> registrations, params string[] languages) =>
        _factory.WithDbAsync(async db =>
        {
            foreach (var r in await db.Registrations.Where(r => registrations.Contains(r.Id)).ToListAsync())
            {
                r.MeetingLanguages = [.. languages];
            }
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task The_instance_carries_the_languages_and_one_pool_count_per_slot()
    {
        var (eventId, korean, english, bilingual) = await ForumAsync(interpreters: 2);
        await using var scope = _factory.Services.CreateAsyncScope();
        var map = await scope.ServiceProvider.GetRequiredService<EventInstanceBuilder>().BuildAsync(eventId, CancellationToken.None);

        Assert.Equal(["ko"], map.Instance.Participants[map.RegistrationIds.ToList().IndexOf(korean[0])].Languages);
        Assert.Equal(["en"], map.Instance.Participants[map.RegistrationIds.ToList().IndexOf(english[0])].Languages);
        Assert.Equal(["ko", "en"], map.Instance.Participants[map.RegistrationIds.ToList().IndexOf(bilingual[0])].Languages);
        var pool = Assert.Single(map.Instance.Interpreters);
        Assert.Equal(("ko", "en"), (pool.LanguageA, pool.LanguageB));
        Assert.Equal([2, 2, 2, 2], pool.AvailablePerSlot);
    }

    [Fact]
    public async Task A_run_never_books_more_ko_en_meetings_in_a_slot_than_the_pool_has_interpreters()
    {
        var (eventId, korean, english, _) = await ForumAsync(interpreters: 1);
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));

        var run = await organizer.RunToEndAsync(eventId);

        Assert.Equal(ScheduleRunStatus.Succeeded, run.Status);
        var proposal = await ProposalAsync(run.Id);
        // The scheduling library's validator, on the instance the app builds now, finds nothing wrong.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var map = await scope.ServiceProvider.GetRequiredService<EventInstanceBuilder>().BuildAsync(eventId, CancellationToken.None);
            var (solution, problems) = ProposalMapper.ToSolution(map, proposal.Meetings);
            Assert.Empty(problems);
            var report = ScheduleValidator.Validate(map.Instance, solution);
            Assert.True(report.IsValid, string.Join("; ", report.Violations));
            Assert.Equal(report.Metrics.InterpretedCount, run.Statistics!.Interpreted);
        }
        // Counted from the stored result: in every slot at most one meeting between a Korean-only and an English-only person.
        var monolingual = korean.Concat(english).ToHashSet();
        var requests = await _factory.WithDbAsync(db => db.MeetingRequests.Where(r => r.EventId == eventId)
            .ToDictionaryAsync(r => r.Id, r => (r.FromRegistrationId, r.ToRegistrationId)));
        bool NeedsInterpreter(int requestId) => monolingual.Contains(requests[requestId].FromRegistrationId) && monolingual.Contains(requests[requestId].ToRegistrationId);
        var perSlot = proposal.Meetings.Where(m => NeedsInterpreter(m.RequestId)).GroupBy(m => m.SlotId).Select(g => g.Count()).ToList();
        Assert.All(perSlot, count => Assert.Equal(1, count));
        // Four slots and twelve such requests: the interpreter is the limit, not the tables or the people.
        Assert.Equal(4, perSlot.Count);
        Assert.Equal(4, run.Statistics!.Interpreted);
        Assert.All(proposal.Meetings.Where(m => NeedsInterpreter(m.RequestId)), m => Assert.Equal("ko-en", proposal.Interpreters[m.RequestId]));
        Assert.Contains(proposal.Unscheduled, u => u.Reason == InterpreterUse.NoneFree);
        Assert.Equal(2, proposal.Meetings.Count(m => !NeedsInterpreter(m.RequestId)));

        // Published, the schedule's rows keep to the pool as well.
        Assert.Equal(HttpStatusCode.OK, (await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{run.Id}/publish", null)).StatusCode);
        var stored = await _factory.WithDbAsync(db => db.ScheduledMeetings.Where(m => m.EventId == eventId)
            .Select(m => new { m.MeetingRequestId, m.SlotId }).ToListAsync());
        Assert.All(stored.Where(m => NeedsInterpreter(m.MeetingRequestId)).GroupBy(m => m.SlotId), g => Assert.Single(g));
        Assert.Equal(6, stored.Count);

        // The review page names the interpreter pair of those meetings and why the others stayed out, in both languages.
        var html = await organizer.GetStringAsync($"/organizer/events/{eventId}/matchmaking/runs/{run.Id}");
        Assert.Equal(4, CountOf(html, "data-interpreter=\"ko-en\""));
        Assert.Contains("Korean – English", html);
        Assert.Contains("every interpreter of their pair is taken", html);
    }

    [Fact]
    public async Task Moving_a_meeting_into_a_slot_whose_interpreter_is_taken_is_refused_and_nothing_is_written()
    {
        var (eventId, _, _, _) = await ForumAsync(interpreters: 1);
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        var run = await organizer.RunToEndAsync(eventId);
        var proposal = await ProposalAsync(run.Id);
        var people = await _factory.WithDbAsync(db => db.MeetingRequests.Where(r => r.EventId == eventId)
            .ToDictionaryAsync(r => r.Id, r => new[] { r.FromRegistrationId, r.ToRegistrationId }));
        bool FreeIn(ProposedMeeting meeting, int slotId) => !proposal.Meetings.Any(m => m.SlotId == slotId && m.RequestId != meeting.RequestId
            && people[m.RequestId].Intersect(people[meeting.RequestId]).Any());
        var interpreted = proposal.Meetings.Where(m => proposal.Interpreters.ContainsKey(m.RequestId)).ToList();
        // A meeting needing the interpreter, moved to another such meeting's slot where both its people are free: only the interpreter is missing.
        var (moved, target) = interpreted.SelectMany(a => interpreted.Where(b => b.SlotId != a.SlotId && FreeIn(a, b.SlotId)).Select(b => (a, b))).First();
        var freeTable = await _factory.WithDbAsync(db => db.MeetingLocations.Where(l => l.EventId == eventId)
            .Select(l => l.Id).ToListAsync());
        var table = freeTable.First(t => !proposal.Meetings.Any(m => m.SlotId == target.SlotId && m.LocationId == t));
        var url = $"/organizer/events/{eventId}/matchmaking/runs/{run.Id}";

        var refused = await organizer.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["requestId"] = moved.RequestId.ToString(), ["slotId"] = target.SlotId.ToString(), ["locationId"] = table.ToString(),
        }, "form#move");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        var error = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body).QuerySelector("#move .field-error")?.TextContent;
        Assert.Contains("no interpreter of their pair is free in that slot", error ?? body);
        Assert.Equal(proposal.Meetings, (await ProposalAsync(run.Id)).Meetings);
    }

    [Fact]
    public async Task Without_a_pool_for_their_pair_meetings_stay_out_with_that_reason()
    {
        var (eventId, _, _, _) = await ForumAsync(interpreters: -1);
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));

        var run = await organizer.RunToEndAsync(eventId);

        var proposal = await ProposalAsync(run.Id);
        Assert.Equal(2, proposal.Meetings.Count);
        Assert.Equal(12, proposal.Unscheduled.Count(u => u.Reason == InterpreterUse.NoPool));
        var html = await organizer.GetStringAsync($"/organizer/events/{eventId}/matchmaking/runs/{run.Id}?culture=ko");
        Assert.Contains("이 언어 쌍의 통역사가 없습니다", html);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private Task<ScheduleProposal> ProposalAsync(int runId) =>
        _factory.WithDbAsync(async db => ScheduleProposal.FromJson(await db.ScheduleRuns.Where(r => r.Id == runId).Select(r => r.ResultJson).SingleAsync())!);
}
