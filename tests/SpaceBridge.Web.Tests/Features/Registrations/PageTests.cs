using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

public sealed class PageTests : IDisposable
{
    private readonly RegistrationApp _app = new();

    private static Dictionary<string, string> Form(string name, string country, bool directory) => new()
    {
        ["Input.RomanizedName"] = name,
        ["Input.OrganizationName"] = "KARI",
        ["Input.CountryCode"] = country,
        ["Input.ParticipantType"] = "Delegate",
        ["Input.ConsentToProcessing"] = "true",
        ["Input.ConsentToDirectory"] = directory ? "true" : "false",
    };

    [Fact]
    public async Task An_approved_registration_links_its_badge_on_my_registrations()
    {
        var eventId = await _app.EventIdAsync();
        var client = await _app.SignedInAsync("badge-link@example.com");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync($"/events/{eventId}/register", Form("Badge Person", "US", false))).StatusCode);
        var registration = Assert.Single(await _app.RegistrationsAsync(eventId));
        var badgeLink = $"/registrations/{registration.Id}/badge.pdf";
        Assert.DoesNotContain(badgeLink, await client.GetStringAsync("/me/registrations"));

        await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RegistrationStatus.Approved)));

        Assert.Contains(badgeLink, await client.GetStringAsync("/me/registrations"));
        var badge = await client.GetAsync(badgeLink);
        Assert.Equal("application/pdf", badge.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Registering_on_the_page_requires_consent_to_processing_and_then_submits()
    {
        var eventId = await _app.EventIdAsync();
        var client = await _app.SignedInAsync("page@example.com");
        var form = Form("Page Person", "KR", false);
        form.Remove("Input.ConsentToProcessing");
        var refused = await client.SubmitFormAsync($"/events/{eventId}/register", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("You must agree to the processing", await refused.Content.ReadAsStringAsync());
        Assert.Empty(await _app.RegistrationsAsync(eventId));

        var accepted = await client.SubmitFormAsync($"/events/{eventId}/register", Form("Page Person", "KR", false));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var registration = Assert.Single(await _app.RegistrationsAsync(eventId));
        Assert.Equal(RegistrationStatus.Submitted, registration.Status);
        Assert.Equal("page@example.com", registration.Email);
        Assert.NotNull(registration.ConsentedAtUtc);
    }

    [Fact]
    public async Task The_directory_shows_only_consenting_approved_people_and_no_emails_and_refuses_anonymous_users()
    {
        var eventId = await _app.EventIdAsync();
        var listed = await _app.SignedInAsync("listed@example.com");
        var hidden = await _app.SignedInAsync("hidden@example.com");
        var pending = await _app.SignedInAsync("pending@example.com");
        await listed.SubmitFormAsync($"/events/{eventId}/register", Form("Listed Person", "US", true));
        await hidden.SubmitFormAsync($"/events/{eventId}/register", Form("Hidden Person", "US", false));
        await pending.SubmitFormAsync($"/events/{eventId}/register", Form("Pending Person", "KR", true));
        var organizer = await _app.OrganizerClientAsync("dir@msit.example");
        var toApprove = (await _app.RegistrationsAsync(eventId)).Where(r => r.Email != "pending@example.com").Select(r => r.Id.ToString()).ToList();
        var review = await organizer.GetDocumentAsync($"/organizer/events/{eventId}/registrations");
        var reviewForm = (AngleSharp.Html.Dom.IHtmlFormElement)review.QuerySelector("form#review")!;
        foreach (var box in reviewForm.QuerySelectorAll("input[name=selected]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            box.IsChecked = toApprove.Contains(box.Value);
        }
        var reviewed = await organizer.SubmitAsync(reviewForm, $"/organizer/events/{eventId}/registrations", new Dictionary<string, string> { ["decision"] = "Approve" });
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);

        var page = await (await listed.GetAsync($"/events/{eventId}/participants")).Content.ReadAsStringAsync();
        Assert.Contains("Listed Person", page);
        Assert.DoesNotContain("Hidden Person", page);
        Assert.DoesNotContain("Pending Person", page);
        Assert.DoesNotContain("@example.com", page);

        Assert.Equal(HttpStatusCode.Forbidden, (await pending.GetAsync($"/events/{eventId}/participants")).StatusCode);
        var anonymous = await _app.CreateBrowserClientAnonymous().GetAsync($"/events/{eventId}/participants");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_stale_review_form_shows_a_clear_message_and_changes_nothing()
    {
        var eventId = await _app.EventIdAsync();
        await (await _app.SignedInAsync("s1@example.com")).SubmitFormAsync($"/events/{eventId}/register", Form("Stale One", "US", false));
        var organizer = await _app.OrganizerClientAsync("form@msit.example");
        var url = $"/organizer/events/{eventId}/registrations";
        var old = await organizer.GetDocumentAsync(url);
        var oldForm = (AngleSharp.Html.Dom.IHtmlFormElement)old.QuerySelector("form#review")!;
        foreach (var box in oldForm.QuerySelectorAll("input[name=selected]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>()) box.IsChecked = true;

        var fresh = (AngleSharp.Html.Dom.IHtmlFormElement)(await organizer.GetDocumentAsync(url)).QuerySelector("form#review")!;
        foreach (var box in fresh.QuerySelectorAll("input[name=selected]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>()) box.IsChecked = true;
        Assert.Equal(HttpStatusCode.Redirect, (await organizer.SubmitAsync(fresh, url, new Dictionary<string, string> { ["decision"] = "Reject" })).StatusCode);

        var stale = await organizer.SubmitAsync(oldForm, url, new Dictionary<string, string> { ["decision"] = "Approve" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Nothing was changed", await stale.Content.ReadAsStringAsync());
        Assert.Equal(RegistrationStatus.Rejected, Assert.Single(await _app.RegistrationsAsync(eventId)).Status);
    }

    [Fact]
    public async Task The_import_page_refuses_a_fifty_megabyte_upload_with_a_clear_message()
    {
        var eventId = await _app.EventIdAsync();
        var organizer = await _app.OrganizerClientAsync("bigpage@msit.example");
        var document = await organizer.GetDocumentAsync($"/organizer/events/{eventId}/import");
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(new byte[50 * 1024 * 1024]), "file", "big.csv" } };
        var response = await organizer.PostAsync($"/organizer/events/{eventId}/import?handler=Import", form);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var shown = await organizer.GetAsync(response.Headers.Location!);
        Assert.Contains("larger than 5 MB", await shown.Content.ReadAsStringAsync());
        Assert.Empty(await _app.RegistrationsAsync(eventId));

        var small = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(ImportCsv.Bytes(ImportCsv.Lines(2, "page.example"))), "file", "ok.csv" } };
        var imported = await organizer.PostAsync($"/organizer/events/{eventId}/import?handler=Import", small);
        Assert.Contains("2 registrations imported", await imported.Content.ReadAsStringAsync());
        Assert.Equal(2, await _app.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == eventId)));
    }

    [Fact]
    public async Task Organizer_pages_are_refused_to_people_who_do_not_organize_the_forum()
    {
        var eventId = await _app.EventIdAsync();
        var delegate_ = await _app.SignedInAsync("nosy@example.com");
        foreach (var url in new[] { $"/organizer/events/{eventId}/registrations", $"/organizer/events/{eventId}/import" })
        {
            var response = await delegate_.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("This page is for organizers of this event&#x27;s forum.", await response.Content.ReadAsStringAsync());
        }
    }

    public void Dispose() => _app.Dispose();
}
