using System.Net;
using System.Text;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>Review requests that are malformed are refused with a 400 ProblemDetails and change nothing.</summary>
public sealed class ReviewRequestTests(RegistrationApp app) : IClassFixture<RegistrationApp>
{
    public static TheoryData<string> Malformed => new()
    {
        """{"decision":"Approve","items":[null]}""",
        """{"decision":"Approve","items":[{"registrationId":ID,"version":0},{"registrationId":ID,"version":0}]}""",
        """{"decision":99,"items":[{"registrationId":ID,"version":0}]}""",
        """{"decision":"Approve","items":[{"registrationId":ID,"version":0},null]}""",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_review_is_refused_with_400_and_the_database_is_unchanged(string body)
    {
        var eventId = await app.EventIdAsync();
        var person = await (await app.SignedInAsync($"review-{Guid.NewGuid():N}@example.com")).RegisterAsync(eventId, RegistrationRequests.Details("Review Target"));
        var organizer = await app.OrganizerClientAsync($"reviewer-{Guid.NewGuid():N}@msit.example");
        var before = await DatabaseFingerprint.TakeAsync(app);

        var response = await organizer.PostAsync($"/api/v1/events/{eventId}/registrations/review",
            new StringContent(body.Replace("ID", person.Id.ToString()), Encoding.UTF8, "application/json"));

        await ApiClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)));
    }
}
