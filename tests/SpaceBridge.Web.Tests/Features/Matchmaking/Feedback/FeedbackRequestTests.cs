using System.Net.Http.Json;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Feedback;

/// <summary>Feedback through the API: a body that does not say whether the meeting took place no longer overwrites earlier feedback.</summary>
public sealed class FeedbackRequestTests(MeetingsApp app) : IClassFixture<MeetingsApp>
{
    public static TheoryData<string> Malformed => new()
    {
        "{}",
        "null",
        """{"tookPlace":true,"outcome":2}""",
        """{"tookPlace":true,"outcome":"Wonderful"}""",
        """{"tookPlace":true,"outcome":"Informative","rating":5}""",
        """{"tookPlace":"yes"}""",
        """{"tookPlace":false,"comment":"bad\u0000byte"}""",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_answer_is_refused_with_400_and_the_earlier_feedback_stays(string body)
    {
        app.Clock.Now = new DateTimeOffset(2023, 11, 9, 0, 0, 0, TimeSpan.Zero);
        var a = await app.ParticipantAsync($"Feedback {Guid.NewGuid():N}", "US", "COMSPOC");
        var b = await app.ParticipantAsync($"Partner {Guid.NewGuid():N}", "KR", "MSIT");
        var meetingId = await app.PublishedMeetingAsync(a, b);
        var first = await a.Client.PostAsJsonAsync($"/api/v1/scheduled-meetings/{meetingId}/feedback",
            new { tookPlace = true, outcome = "CooperationPossible", comment = "Ground station lease" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var before = await DatabaseFingerprint.TakeAsync(app);

        var response = await a.Client.PostAsync($"/api/v1/scheduled-meetings/{meetingId}/feedback", new StringContent(body, Encoding.UTF8, "application/json"));

        await ApiClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)));
        var saved = await app.WithDbAsync(db => db.MeetingFeedback.SingleAsync(f => f.ScheduledMeetingId == meetingId));
        Assert.Equal((true, "Ground station lease"), (saved.TookPlace, saved.Comment));
    }
}
