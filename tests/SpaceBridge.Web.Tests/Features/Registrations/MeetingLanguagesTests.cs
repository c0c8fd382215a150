using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>The languages a registrant can hold a meeting in: on the forms, in the API, and checked against the interpretation language.</summary>
public sealed class MeetingLanguagesTests : IDisposable
{
    private readonly RegistrationApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_api_takes_and_returns_meeting_languages_in_the_order_given()
    {
        var client = await _app.SignedInAsync("languages-api@example.com");
        var registration = await client.RegisterAsync(await _app.EventIdAsync(),
            RegistrationRequests.Details("Lang Api") with { MeetingLanguages = ["es", "KO", "es"] });

        Assert.Equal(["es", "ko"], registration.MeetingLanguages);
        Assert.Equal(["es", "ko"], await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration.Id).Select(r => r.MeetingLanguages).SingleAsync()));
    }

    [Fact]
    public async Task An_unknown_language_or_an_interpretation_language_the_person_cannot_meet_in_is_refused_and_nothing_is_written()
    {
        var client = await _app.SignedInAsync("languages-bad@example.com");
        var eventId = await _app.EventIdAsync();

        var unknown = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations",
            RegistrationRequests.Details("Lang Bad") with { MeetingLanguages = ["ko", "klingon"] }, ApiJson.Options);
        var problem = await ApiClient.AssertProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.Contains("klingon", problem.GetProperty("errors").ToString());

        var contradiction = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations",
            RegistrationRequests.Details("Lang Bad") with { MeetingLanguages = ["es"], NeedsInterpreter = true, InterpreterLanguage = "ko" }, ApiJson.Options);
        await ApiClient.AssertProblemAsync(contradiction, HttpStatusCode.BadRequest);
        Assert.Empty(await _app.WithDbAsync(db => db.Registrations.Where(r => r.Email == "languages-bad@example.com").ToListAsync()));
    }

    [Fact]
    public async Task The_edit_form_offers_every_language_as_a_checkbox_in_both_ui_languages_and_saves_the_ticked_ones()
    {
        var client = await _app.SignedInAsync("languages-form@example.com");
        var registration = await client.RegisterAsync(await _app.EventIdAsync(), RegistrationRequests.Details("Lang Form"));
        Assert.Empty(registration.MeetingLanguages);
        var url = $"/me/registrations/{registration.Id}/edit";

        var english = await client.GetDocumentAsync(url);
        Assert.Equal(MeetingLanguageCodes.All, english.QuerySelectorAll("#meeting-languages input[type=checkbox]").Select(i => i.GetAttribute("value")));
        Assert.Contains("Spanish", english.QuerySelector("#meeting-languages")!.TextContent);
        var korean = await client.GetDocumentAsync(url + "?culture=ko");
        Assert.Contains("스페인어", korean.QuerySelector("#meeting-languages")!.TextContent);

        var saved = await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.MeetingLanguages"] = "es" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["es"], await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration.Id).Select(r => r.MeetingLanguages).SingleAsync()));
        Assert.Equal("checked", (await client.GetDocumentAsync(url)).QuerySelector("#meeting-language-es")!.GetAttribute("checked"));

        var refused = await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.MeetingLanguages"] = "xx" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("is not a language on the list", await refused.Content.ReadAsStringAsync());
        Assert.Equal(["es"], await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration.Id).Select(r => r.MeetingLanguages).SingleAsync()));
    }
}
