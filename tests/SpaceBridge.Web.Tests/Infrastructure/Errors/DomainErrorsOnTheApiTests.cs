using System.Net.Http.Json;
using System.Net;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Features.Registrations;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Infrastructure.Errors.ApiErrorAnswers;

namespace SpaceBridge.Web.Tests.Infrastructure.Errors;

/// <summary>
/// What API clients see when a service refuses a write with a domain exception: the status, title, detail and
/// members of the ProblemDetails, the same whichever endpoint the exception comes through.
/// </summary>
public sealed class DomainErrorsOnTheApiTests(SpaceBridgeFactory app) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task Registering_twice_for_an_event_is_a_validation_problem_on_the_email()
    {
        var eventId = await Attendees.EventIdAsync(app);
        var client = await app.SignInAsync(await app.CreateUserAsync());
        await client.RegisterAsync(eventId, RegistrationRequests.Details("Twice Registrant"));

        var again = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations", RegistrationRequests.Details("Twice Registrant"), ApiJson.Options);

        await AssertValidationAsync(again, "Email");
    }

    [Fact]
    public async Task Reviewing_nothing_is_a_validation_problem_on_the_items()
    {
        var eventId = await Attendees.EventIdAsync(app);
        var organizer = await app.SignInAsync(await app.OrganizerAsync());

        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations/review",
            new { decision = "Approve", items = Array.Empty<object>() });

        await AssertValidationAsync(response, "Items");
    }

    [Fact]
    public async Task A_desk_name_that_is_too_long_is_a_validation_problem_on_the_desk()
    {
        var eventId = await Attendees.EventIdAsync(app);
        var registration = await app.RegisterAsync(eventId, "Desk Shape");
        var desk = await app.CreateBearerClientAsync(await app.OrganizerAsync());

        var response = await desk.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins",
            new { token = app.SignedToken(registration), desk = new string('x', 101) });

        await AssertValidationAsync(response, "Desk");
        Assert.Equal(0, await app.CheckInCountAsync(registration.Id));
    }

    [Fact]
    public async Task Queueing_a_schedule_run_for_an_event_without_meeting_slots_is_a_validation_problem_on_the_kind()
    {
        var eventId = await Attendees.EventIdAsync(app, "emerging");
        var organizer = await app.SignInAsync(await app.OrganizerAsync());

        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule-runs", new { kind = "Full" });

        await AssertValidationAsync(response, "Kind");
    }

    [Fact]
    public async Task Publishing_a_run_that_does_not_exist_is_a_404_problem()
    {
        var eventId = await Attendees.EventIdAsync(app, "emerging");
        var organizer = await app.SignInAsync(await app.OrganizerAsync());

        var response = await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/987654/publish", null);

        await AssertShapeAsync(response, HttpStatusCode.NotFound, "Not found", "No such schedule run for this event.");
    }
}
