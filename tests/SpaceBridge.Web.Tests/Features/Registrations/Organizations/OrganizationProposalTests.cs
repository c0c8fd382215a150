using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Features.Registrations.Organizations;
using SpaceBridge.Web.Tests.Infrastructure.Errors;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations.Organizations;

/// <summary>Registrants pick an organization or propose one; organizers approve or merge; the delegates then write its profile.</summary>
public sealed class OrganizationProposalTests : IDisposable
{
    private readonly RegistrationApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> Form(string choice, Dictionary<string, string>? extra = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.RomanizedName"] = "Dana Orbit",
            ["Input.CountryCode"] = "US",
            ["Input.ParticipantType"] = "Delegate",
            ["Input.ConsentToProcessing"] = "true",
            ["Input.OrganizationChoice"] = choice,
        };
        foreach (var (k, v) in extra ?? []) form[k] = v;
        return form;
    }

    private static Dictionary<string, string> NewOrganization(string en, string ko) => new()
    {
        ["Input.NewOrganizationNameEn"] = en,
        ["Input.NewOrganizationNameKo"] = ko,
        ["Input.NewOrganizationCountryCode"] = "US",
        ["Input.NewOrganizationWebsite"] = "https://orbit.example",
    };

    [Fact]
    public async Task A_registrant_finds_an_organization_by_its_korean_name_and_the_registration_names_it()
    {
        var eventId = await _app.EventIdAsync();
        var msit = await _app.WithDbAsync(db => db.Organizations.SingleAsync(o => o.Acronym == "MSIT"));
        var client = await _app.SignedInAsync("picker@example.com");

        var search = await client.SubmitFormAsync($"/events/{eventId}/register?handler=Search", new Dictionary<string, string> { ["Input.OrganizationSearch"] = "과학기술" });
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        var html = await search.Content.ReadAsStringAsync();
        Assert.Contains($"value=\"{msit.Id}\"", html);
        Assert.Contains("Ministry of Science and ICT", html);

        var response = await client.SubmitFormAsync($"/events/{eventId}/register", Form(msit.Id.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var registration = Assert.Single(await _app.RegistrationsAsync(eventId));
        Assert.Equal(msit.Id, registration.OrganizationId);
        Assert.Equal("Ministry of Science and ICT", registration.OrganizationName);
    }

    [Fact]
    public async Task The_api_search_finds_approved_organizations_in_either_language_and_never_proposals()
    {
        var client = await _app.SignedInAsync("searcher@example.com");
        var eventId = await _app.EventIdAsync();
        var created = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/organization-proposals",
            new { name = new { en = "Ministry of Orbital Affairs", ko = "궤도부" }, countryCode = "KR" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var english = await client.GetJsonAsync("/api/v1/organizations?search=ministry");
        var korean = await client.GetJsonAsync("/api/v1/organizations?search=" + Uri.EscapeDataString("과학기술정보"));
        var names = english.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("name").GetProperty("en").GetString()).ToList();
        Assert.Contains("Ministry of Science and ICT", names);
        Assert.DoesNotContain("Ministry of Orbital Affairs", names);
        Assert.Equal("MSIT", korean.GetProperty("items").EnumerateArray().Single().GetProperty("acronym").GetString());
    }

    [Fact]
    public async Task Proposing_on_the_form_registers_with_the_proposal_and_a_bad_proposal_saves_nothing()
    {
        var eventId = await _app.EventIdAsync();
        var client = await _app.SignedInAsync("proposer@example.com");

        var refused = await client.SubmitFormAsync($"/events/{eventId}/register",
            Form("new", new() { ["Input.NewOrganizationCountryCode"] = "XX", ["Input.NewOrganizationWebsite"] = "javascript:alert(1)" }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Give the organization&#x27;s name in English or Korean.", html);
        Assert.Contains("Give a web address starting with https:// or http://.", html);
        Assert.Empty(await _app.RegistrationsAsync(eventId));
        Assert.Equal(0, await _app.WithDbAsync(db => db.OrganizationProposals.CountAsync()));

        var accepted = await client.SubmitFormAsync($"/events/{eventId}/register", Form("new", NewOrganization("Orbit Works Inc.", "오르빗웍스")));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var registration = Assert.Single(await _app.RegistrationsAsync(eventId));
        var organization = await _app.WithDbAsync(db => db.Organizations.SingleAsync(o => o.Id == registration.OrganizationId));
        Assert.Equal(OrganizationStatus.Proposed, organization.Status);
        Assert.Equal("오르빗웍스", organization.Name.Ko);
        Assert.Equal("Orbit Works Inc.", registration.OrganizationName);
    }

    [Fact]
    public async Task An_organizer_approves_a_proposal_on_the_queue_and_then_its_approved_delegate_may_write_the_profile()
    {
        var eventId = await _app.EventIdAsync();
        var client = await _app.SignedInAsync("delegate@example.com");
        await client.SubmitFormAsync($"/events/{eventId}/register", Form("new", NewOrganization("Orbit Works Inc.", "오르빗웍스")));
        var registration = Assert.Single(await _app.RegistrationsAsync(eventId));
        await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Approved)));
        var forumId = await _app.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).SingleAsync());
        var profileEdit = $"/forums/{forumId}/organizations/{registration.OrganizationId}/profile/edit";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(profileEdit)).StatusCode);

        var organizer = await _app.OrganizerClientAsync("queue-organizer@example.com");
        var queue = $"/organizer/events/{eventId}/organization-proposals";
        var page = await organizer.GetDocumentAsync(queue);
        Assert.Contains("Orbit Works Inc.", page.QuerySelector("main h2")!.TextContent);
        var approve = await organizer.SubmitFormAsync(queue, new Dictionary<string, string>(), "form[action*='handler=Approve']");
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(OrganizationStatus.Approved, await _app.WithDbAsync(db => db.Organizations.Where(o => o.Id == registration.OrganizationId).Select(o => o.Status).SingleAsync()));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(profileEdit)).StatusCode);
        Assert.Contains(profileEdit, await client.GetStringAsync("/me/registrations"));
    }

    [Fact]
    public async Task A_stale_approval_on_the_queue_changes_nothing_and_says_so()
    {
        var eventId = await _app.EventIdAsync();
        var client = await _app.SignedInAsync("stale@example.com");
        await client.SubmitFormAsync($"/events/{eventId}/register", Form("new", NewOrganization("Stale Space", "스테일")));
        var organizer = await _app.OrganizerClientAsync("stale-organizer@example.com");
        var queue = $"/organizer/events/{eventId}/organization-proposals";
        var page = await organizer.GetDocumentAsync(queue);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action*='handler=Approve']")!;
        await _app.WithDbAsync(db => db.OrganizationProposals.ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1)));

        var response = await organizer.SubmitAsync(form, queue, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This proposal changed since you opened the page; nothing was changed.", await response.Content.ReadAsStringAsync());
        Assert.Equal(ProposalStatus.Pending, await _app.WithDbAsync(db => db.OrganizationProposals.Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Merging_over_the_api_moves_the_registrations_and_needs_a_current_if_match()
    {
        var eventId = await _app.EventIdAsync();
        var msitId = await _app.WithDbAsync(db => db.Organizations.Where(o => o.Acronym == "MSIT").Select(o => o.Id).SingleAsync());
        var registrant = await _app.SignedInAsync("merge-me@example.com");
        var created = await registrant.PostAsJsonAsync($"/api/v1/events/{eventId}/organization-proposals",
            new { name = new { en = "Science Ministry (typo)", ko = (string?)null }, countryCode = "KR", website = "https://msit.example" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var proposal = await created.Content.ReadFromJsonAsync<JsonElement>();
        var proposalId = proposal.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/events/{eventId}/organization-proposals/{proposalId}", created.Headers.Location?.OriginalString);
        var registration = await registrant.RegisterAsync(eventId, RegistrationRequests.Details("Merge Me") with { OrganizationId = proposal.GetProperty("organizationId").GetInt32() });

        var outsider = await _app.SignedInAsync("outsider@example.com");
        var merge = $"/api/v1/events/{eventId}/organization-proposals/{proposalId}/merge";
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsJsonAsync(merge, new { intoOrganizationId = msitId })).StatusCode);

        var organizer = await _app.OrganizerClientAsync("merge-organizer@example.com");
        var fingerprint = await DatabaseFingerprint.TakeAsync(_app);
        var noPrecondition = await organizer.PostAsJsonAsync(merge, new { intoOrganizationId = msitId });
        await ApiErrorAnswers.AssertShapeAsync(noPrecondition, (HttpStatusCode)428, "Precondition required", "");
        var stale = new HttpRequestMessage(HttpMethod.Post, merge) { Content = JsonContent.Create(new { intoOrganizationId = msitId }) };
        stale.Headers.IfMatch.ParseAdd("\"7\"");
        await ApiErrorAnswers.AssertShapeAsync(await organizer.SendAsync(stale), HttpStatusCode.PreconditionFailed, "Precondition failed", "");
        var badTarget = new HttpRequestMessage(HttpMethod.Post, merge) { Content = JsonContent.Create(new { intoOrganizationId = 987654 }) };
        badTarget.Headers.IfMatch.ParseAdd("\"0\"");
        await ApiErrorAnswers.AssertValidationAsync(await organizer.SendAsync(badTarget), "IntoOrganizationId");
        Assert.Equal(fingerprint, await DatabaseFingerprint.TakeAsync(_app));

        var get = await organizer.GetAsync($"/api/v1/events/{eventId}/organization-proposals/{proposalId}");
        var ok = new HttpRequestMessage(HttpMethod.Post, merge) { Content = JsonContent.Create(new { intoOrganizationId = msitId }) };
        ok.Headers.IfMatch.ParseAdd(get.Headers.ETag!.ToString());
        var merged = await organizer.SendAsync(ok);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal("Merged", (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var moved = await _app.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == registration.Id));
        Assert.Equal(msitId, moved.OrganizationId);
        Assert.Equal("Ministry of Science and ICT", moved.OrganizationName);

        var again = new HttpRequestMessage(HttpMethod.Post, merge) { Content = JsonContent.Create(new { intoOrganizationId = msitId }) };
        again.Headers.IfMatch.ParseAdd("*");
        await ApiErrorAnswers.AssertShapeAsync(await organizer.SendAsync(again), HttpStatusCode.Conflict, "Already decided", "");
    }

    [Fact]
    public async Task A_proposal_with_bad_fields_is_a_400_naming_them_and_another_users_proposal_cannot_be_named()
    {
        var eventId = await _app.EventIdAsync();
        var client = await _app.SignedInAsync("bad-proposal@example.com");
        var bad = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/organization-proposals", new { name = new { en = "" }, countryCode = "ZZ" });
        var problem = await ApiErrorAnswers.AssertShapeAsync(bad, HttpStatusCode.BadRequest, "One or more validation errors occurred.", null, "errors");
        Assert.True(problem.GetProperty("errors").TryGetProperty("NameEn", out _), problem.ToString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("CountryCode", out _), problem.ToString());

        var created = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/organization-proposals", new { name = new { en = "Mine Only" }, countryCode = "US" });
        var organizationId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("organizationId").GetInt32();
        var other = await _app.SignedInAsync("someone-else@example.com");
        var refused = await other.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations", RegistrationRequests.Details("Other") with { OrganizationId = organizationId }, ApiJson.Options);
        await ApiErrorAnswers.AssertValidationAsync(refused, "OrganizationId");
    }
}
