using System.Net;
using System.Text.Json;
using System.Text;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Api;

/// <summary>The one request validation every API request goes through before any handler logic.</summary>
public sealed class RequestValidationTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Theory]
    [InlineData("status=99")]
    [InlineData("status=1")]
    [InlineData("type=-3")]
    [InlineData("status=Nonsense")]
    public async Task Enum_query_parameters_take_defined_names_only(string query)
    {
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));

        var response = await organizer.GetAsync($"/api/v1/events/1/registrations?{query}");

        var problem = await ApiClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(query.Split('=')[0], out _), problem.ToString());
    }

    [Fact]
    public async Task An_enum_query_parameter_given_by_name_is_accepted()
    {
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));

        Assert.Equal(HttpStatusCode.OK, (await organizer.GetAsync("/api/v1/events/1/registrations?status=Approved&type=Delegate")).StatusCode);
    }

    public static TheoryData<string, string> BadReviews => new()
    {
        { """{"decision":2,"items":[]}""", "$.decision" },
        { """{"decision":"Maybe","items":[]}""", "$.decision" },
        { """{"items":[{"registrationId":1,"version":0}]}""", "decision" },
        { """{"decision":"Approve","items":[{"registrationId":1,"version":0}],"approveEveryone":true}""", "approveEveryone" },
        { """{"decision":"Approve","items":[{"registrationId":1,"version":0}],"reason":"a\u0000b"}""", "control characters" },
        { """{"decision":"Approve","items":[null]}""", "Entry 0 is null" },
        { """{"decision":"Approve","items":[{"registrationId":7,"version":0},{"registrationId":7,"version":1}]}""", "repeats RegistrationId 7" },
        { """{"decision":"Approve"}""", "Items" },
    };

    [Theory]
    [MemberData(nameof(BadReviews))]
    public async Task A_review_body_that_breaks_its_model_is_refused_before_the_handler_with_a_400_naming_the_fault(string body, string named)
    {
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        var before = await DatabaseFingerprint.TakeAsync(factory);

        var response = await organizer.PostAsync("/api/v1/events/1/registrations/review", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ApiClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(named, problem.GetProperty("errors").ToString());
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(factory)));
    }

    [Fact]
    public async Task A_registration_whose_text_holds_a_NUL_is_refused_and_nothing_is_stored()
    {
        var person = await factory.SignInAsync(await factory.CreateUserAsync());
        var before = await DatabaseFingerprint.TakeAsync(factory);

        var response = await person.PostAsync("/api/v1/events/1/registrations", new StringContent(
            """{"romanizedName":"Null\u0000Byte","organizationName":"KARI","countryCode":"KR","consentToProcessing":true}""", Encoding.UTF8, "application/json"));

        var problem = await ApiClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("control characters", problem.GetProperty("errors").ToString());
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(factory)));
    }

    [Fact]
    public async Task Enums_in_answers_are_still_written_as_names()
    {
        var events = await factory.CreateClient().GetJsonAsync("/api/v1/events/1/sessions");

        Assert.Equal(JsonValueKind.String, events.GetProperty("items")[0].GetProperty("kind").ValueKind);
    }
}
