using System.Net;
using System.Net.Http.Json;
using System.Text;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Tests.Features.Registrations;

public sealed class ReviewTests : IDisposable
{
    private readonly RegistrationApp _app = new();

    private async Task<List<RegistrationDto>> RegisterManyAsync(int eventId, int count, string prefix)
    {
        var list = new List<RegistrationDto>();
        for (var i = 0; i < count; i++)
        {
            list.Add(await (await _app.SignedInAsync($"{prefix}{i}@example.com")).RegisterAsync(eventId, RegistrationRequests.Details($"{prefix} {i}")));
        }
        return list;
    }

    [Fact]
    public async Task Bulk_approval_respects_capacity_in_submission_order()
    {
        var eventId = await _app.EventIdAsync();
        await _app.SetCapacityAsync(eventId, 2);
        var organizer = await _app.OrganizerClientAsync("bulk@msit.example");
        var people = await RegisterManyAsync(eventId, 4, "bulk");

        var response = await organizer.ReviewAsync(eventId, "Approve", people[3], people[1], people[0], people[2]);
        response.EnsureSuccessStatusCode();

        var statuses = (await _app.RegistrationsAsync(eventId)).Select(r => r.Status).ToList();
        Assert.Equal([RegistrationStatus.Approved, RegistrationStatus.Approved, RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted], statuses);
        Assert.Equal(2, await _app.AuditCountAsync("registration.approved"));
        Assert.Equal(2, await _app.AuditCountAsync("registration.waitlisted"));
    }

    [Fact]
    public async Task A_stale_review_is_refused_and_changes_nothing()
    {
        var eventId = await _app.EventIdAsync();
        var organizer = await _app.OrganizerClientAsync("stale@msit.example");
        var people = await RegisterManyAsync(eventId, 2, "stale");
        (await organizer.ReviewAsync(eventId, "Reject", people[0])).EnsureSuccessStatusCode();

        // The second organizer's form still holds the versions from before the rejection.
        var response = await organizer.ReviewAsync(eventId, "Approve", people[0], people[1]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"\"staleIds\":[{people[0].Id}]", await response.Content.ReadAsStringAsync());
        var statuses = (await _app.RegistrationsAsync(eventId)).Select(r => r.Status).ToList();
        Assert.Equal([RegistrationStatus.Rejected, RegistrationStatus.Submitted], statuses);
    }

    [Fact]
    public async Task Approvals_racing_for_the_last_seat_never_exceed_capacity()
    {
        var eventId = await _app.EventIdAsync();
        await _app.SetCapacityAsync(eventId, 1);
        await _app.OrganizerAsync("race@msit.example");
        var people = await RegisterManyAsync(eventId, 6, "race");
        var organizer = RegistrationApp.Principal(new Support.TestUser("race", "race@msit.example", ""));

        await Task.WhenAll(people.Select(p => Task.Run(async () =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            var registrar = scope.ServiceProvider.GetRequiredService<Registrar>();
            await registrar.ReviewAsync(eventId, ReviewDecision.Approve, [new ReviewItem(p.Id, p.Version)], null, organizer);
        })));

        var statuses = (await _app.RegistrationsAsync(eventId)).Select(r => r.Status).ToList();
        Assert.Equal(1, statuses.Count(s => s == RegistrationStatus.Approved));
        Assert.Equal(5, statuses.Count(s => s == RegistrationStatus.Waitlisted));
    }

    [Fact]
    public async Task Export_neutralizes_formula_cells_and_writes_utf8_with_a_byte_order_mark()
    {
        var eventId = await _app.EventIdAsync();
        var organizer = await _app.OrganizerClientAsync("export@msit.example");
        var evil = RegistrationRequests.Details("=HYPERLINK(\"http://evil.example\",\"x\")") with { HangulName = "김철수", Position = "@SUM(A1)" };
        await (await _app.SignedInAsync("evil@example.com")).RegisterAsync(eventId, evil);

        var csv = await organizer.GetByteArrayAsync($"/organizer/events/{eventId}/registrations/export?format=csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = Encoding.UTF8.GetString(csv[3..]);
        Assert.Contains("김철수", text);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", text);
        Assert.Contains(",'@SUM(A1),", text);
        Assert.DoesNotContain(",=HYPERLINK", text);

        var xlsx = await organizer.GetByteArrayAsync($"/api/v1/events/{eventId}/registrations/export?format=xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var row = workbook.Worksheet(1).Row(2);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"x\")", row.Cell(3).GetString());
        Assert.False(row.Cell(3).HasFormula);
        Assert.Equal("'@SUM(A1)", row.Cell(6).GetString());
    }

    [Fact]
    public async Task Organizer_endpoints_refuse_delegates_and_anonymous_users()
    {
        var eventId = await _app.EventIdAsync();
        var delegate_ = await _app.SignedInAsync("plain@example.com");
        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.GetAsync($"/api/v1/events/{eventId}/registrations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.GetAsync($"/api/v1/events/{eventId}/registrations/export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations/review",
            new { decision = "Approve", items = new[] { new { registrationId = 1, version = 0 } } })).StatusCode);
        var anonymous = _app.CreateBrowserClientAnonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me/registrations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/events/{eventId}/registrations")).StatusCode);
    }

    [Fact]
    public async Task Organizers_list_registrations_with_filters_and_paging()
    {
        var eventId = await _app.EventIdAsync();
        var organizer = await _app.OrganizerClientAsync("list@msit.example");
        await (await _app.SignedInAsync("kr1@example.com")).RegisterAsync(eventId, RegistrationRequests.Details("Kim", "KR"));
        await (await _app.SignedInAsync("us1@example.com")).RegisterAsync(eventId, RegistrationRequests.Details("Smith", "US"));
        var page = await organizer.GetFromJsonAsync<PagedList<RegistrationDto>>($"/api/v1/events/{eventId}/registrations?country=kr&status=Submitted&page=1&pageSize=10");
        Assert.Equal(1, page!.TotalCount);
        Assert.Equal("Kim", page.Items.Single().RomanizedName);
        Assert.Equal(HttpStatusCode.BadRequest, (await organizer.GetAsync($"/api/v1/events/{eventId}/registrations?pageSize=500")).StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
