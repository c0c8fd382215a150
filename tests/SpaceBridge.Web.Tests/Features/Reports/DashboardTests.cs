using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Reports;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Reports;

/// <summary>The organizers' live dashboard: figures from the live data, recomputed on every load; organizers only.</summary>
public sealed class DashboardTests(SpaceBridgeFactory app) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task A_check_in_at_the_desk_changes_the_dashboard_on_the_next_load()
    {
        var eventId = await app.EventIdAsync();
        var forumId = await app.WithDbAsync(db => Task.FromResult(db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).Single()));
        var registration = await app.RegisterAsync(eventId, "PARK Dashboard", "박대시");
        var organizer = await app.OrganizerAsync();
        var page = await app.SignInAsync(organizer);
        var url = $"/forums/{forumId}/dashboard";

        var before = await page.GetOkPageAsync(url);
        var checkedIn = int.Parse(before.QuerySelector("li[data-key='checked-in'] .count")!.TextContent.Replace(",", ""));
        var hoursBefore = before.QuerySelectorAll("table[data-section='check-ins-hour'] tbody tr").Length;

        var desk = await app.CreateBearerClientAsync(organizer);
        var scan = await desk.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token = app.SignedToken(registration), desk = "Hall A" });
        Assert.Equal(HttpStatusCode.Created, scan.StatusCode);

        var after = await page.GetOkPageAsync(url);
        Assert.Equal(checkedIn + 1, int.Parse(after.QuerySelector("li[data-key='checked-in'] .count")!.TextContent.Replace(",", "")));
        Assert.True(after.QuerySelectorAll("table[data-section='check-ins-hour'] tbody tr").Length >= Math.Max(1, hoursBefore));
        // Every chart has its table, and every table row of the meetings section is there.
        Assert.Equal(after.QuerySelectorAll("section.report-section svg").Length, after.QuerySelectorAll("section.report-section table").Length);
        Assert.Equal(["requested", "accepted", "scheduled", "held"],
            after.QuerySelectorAll("table[data-section='meetings'] tbody tr").Select(r => r.GetAttribute("data-key")!).ToArray());
    }

    [Fact]
    public async Task The_demo_forum_figures_count_its_registrations_and_hide_small_counts_from_others()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var figures = scope.ServiceProvider.GetRequiredService<ForumFigures>();
        var forumId = await app.WithDbAsync(db => Task.FromResult(db.Forums.OrderBy(f => f.Id).Select(f => f.Id).First()));
        var registrations = await app.WithDbAsync(db => Task.FromResult(db.Registrations.Count(r => r.Event.ForumId == forumId)));

        var exact = await figures.BuildAsync(forumId, exact: true, CancellationToken.None);
        var aggregate = await figures.BuildAsync(forumId, exact: false, CancellationToken.None);

        Assert.Equal(registrations, exact!.Headline.Rows.Single(r => r.Key == "registrations").Count);
        Assert.All(aggregate!.Sections.SelectMany(s => s.Rows), r => Assert.True(r.Count is null or >= 5));
        Assert.Null(await figures.BuildAsync(int.MaxValue, exact: true, CancellationToken.None));
    }

    [Fact]
    public async Task Only_organizers_of_the_forum_open_the_dashboard()
    {
        var forumId = await app.WithDbAsync(db => Task.FromResult(db.Forums.OrderBy(f => f.Id).Select(f => f.Id).First()));
        var delegateClient = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));

        var refused = await delegateClient.GetAsync($"/forums/{forumId}/dashboard");
        var anonymous = await app.CreateBrowserClient().GetAsync($"/forums/{forumId}/dashboard");

        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden || refused.Headers.Location?.OriginalString.Contains("/account/access-denied") == true,
            $"expected a refusal, got {(int)refused.StatusCode}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}
