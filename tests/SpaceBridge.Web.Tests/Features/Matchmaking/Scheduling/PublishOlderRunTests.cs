using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>
/// Publishing a run older than the published one would drop the meetings only the newer run placed: the API answers
/// 409 with the changes until confirmed, the page asks in a confirm step, and nothing changes before that.
/// </summary>
public sealed class PublishOlderRunTests : IDisposable
{
    private readonly SpaceBridgeFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private sealed record Setup(int EventId, HttpClient Organizer, int OlderRunId, int NewerRunId, int LateRequestId);

    /// <summary>Run 1 on six people; one more request accepted; run 2 (which also places it) published.</summary>
    private async Task<Setup> NewerRunPublishedAsync()
    {
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 6, tables: 3);
        var people = await _factory.AddApprovedRegistrationsAsync(eventId, 8, "Older");
        await _factory.AddRequestsAsync(eventId, MatchmakingData.AllPairs(people, 4));
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        var older = await organizer.RunToEndAsync(eventId);
        var late = (await _factory.AddRequestsAsync(eventId, [(people[6], people[7])])).Single();
        var newer = await organizer.RunToEndAsync(eventId);
        Assert.Equal(ScheduleRunStatus.Succeeded, older.Status);
        Assert.Equal(ScheduleRunStatus.Succeeded, newer.Status);
        Assert.Equal(HttpStatusCode.OK, (await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{newer.Id}/publish", null)).StatusCode);
        return new Setup(eventId, organizer, older.Id, newer.Id, late);
    }

    private Task<List<int>> PublishedRequestsAsync(int eventId) =>
        _factory.WithDbAsync(db => db.ScheduledMeetings.Where(m => m.EventId == eventId && m.IsPublished).Select(m => m.MeetingRequestId).ToListAsync());

    private Task<ScheduleRunStatus> StatusAsync(int runId) =>
        _factory.WithDbAsync(db => db.ScheduleRuns.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync());

    [Fact]
    public async Task The_api_answers_409_with_the_changes_and_publishes_the_older_run_only_with_confirm()
    {
        var (eventId, organizer, olderId, newerId, late) = await NewerRunPublishedAsync();
        var before = await PublishedRequestsAsync(eventId);
        Assert.Contains(late, before);

        var refused = await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{olderId}/publish", null);

        var problem = await ApiClient.AssertProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal("Confirmation needed", problem.GetProperty("title").GetString());
        Assert.Contains("confirm=true", problem.GetProperty("detail").GetString());
        Assert.Equal(newerId, problem.GetProperty("publishedRunId").GetInt32());
        var dropped = problem.GetProperty("dropped").EnumerateArray().Select(m => m.GetProperty("requestId").GetInt32()).ToList();
        Assert.Equal([late], dropped);
        Assert.Empty(problem.GetProperty("added").EnumerateArray());
        Assert.Equal(before.Order(), (await PublishedRequestsAsync(eventId)).Order());
        Assert.Equal(ScheduleRunStatus.Published, await StatusAsync(newerId));

        var confirmed = await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{olderId}/publish?confirm=true", null);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.DoesNotContain(late, await PublishedRequestsAsync(eventId));
        Assert.Equal(ScheduleRunStatus.Published, await StatusAsync(olderId));
        Assert.Equal(ScheduleRunStatus.Succeeded, await StatusAsync(newerId));
        // Going forward again needs no confirmation: the newer run only adds.
        Assert.Equal(HttpStatusCode.OK, (await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{newerId}/publish", null)).StatusCode);
    }

    [Fact]
    public async Task The_review_page_shows_the_changes_and_publishes_the_older_run_after_a_confirm_step()
    {
        var (eventId, organizer, olderId, newerId, late) = await NewerRunPublishedAsync();
        var page = $"/organizer/events/{eventId}/matchmaking/runs/{olderId}";

        var review = await organizer.GetDocumentAsync(page);
        Assert.NotNull(review.QuerySelector("#changes tr[data-change='dropped']"));

        var asked = await organizer.SubmitFormAsync(page, new Dictionary<string, string>(), "form#publish");
        var html = await asked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        Assert.Contains($"older than run {newerId}", html);
        Assert.Contains("id=\"publish-confirm\"", html);
        Assert.Equal(ScheduleRunStatus.Published, await StatusAsync(newerId));
        Assert.Contains(late, await PublishedRequestsAsync(eventId));

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var confirm = (AngleSharp.Html.Dom.IHtmlFormElement)document.QuerySelector("#publish-confirm form")!;
        var done = await organizer.SubmitAsync(confirm, page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(ScheduleRunStatus.Published, await StatusAsync(olderId));
        Assert.DoesNotContain(late, await PublishedRequestsAsync(eventId));
    }
}
