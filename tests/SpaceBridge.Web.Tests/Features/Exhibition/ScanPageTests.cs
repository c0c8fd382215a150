using System.Net;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Exhibition;

/// <summary>The scanner page without script: the form posts, and the same form sent twice records one lead.</summary>
public class ScanPageTests(SpaceBridgeFactory app) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task Sending_the_same_scan_form_twice_records_one_lead_and_names_only_a_consenting_visitor()
    {
        var eventId = await app.EventIdAsync();
        var staff = await app.CreateUserAsync();
        var exhibitorId = await app.ExhibitorAsync(eventId, "Form Orbital", staff);
        var visitor = await app.RegisterAsync(eventId, "Form Visitor");
        await app.SetConsentAsync(visitor.Id, true);
        var client = await app.SignInAsync(staff);
        var url = $"/exhibitors/{exhibitorId}/scan";
        var document = await client.GetDocumentAsync(url);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)document.QuerySelector("form[data-lead-scanner]")!;
        var fields = new Dictionary<string, string> { ["Token"] = app.SignedToken(visitor), ["Notes"] = "Paper form", ["Rating"] = "3" };

        var first = await client.SubmitAsync(form, url, fields);
        var again = await client.SubmitAsync(form, url, fields);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Lead recorded: Form Visitor", await first.Content.ReadAsStringAsync());
        Assert.Contains("Already a lead: Form Visitor", await again.Content.ReadAsStringAsync());
        var lead = Assert.Single(await app.LeadsAsync(exhibitorId));
        Assert.Equal((3, "Paper form", true), (lead.Rating!.Value, lead.Notes!, lead.ConsentToShare));
    }

    [Fact]
    public async Task Someone_not_on_the_staff_is_refused_the_scanner_and_the_leads()
    {
        var eventId = await app.EventIdAsync();
        var exhibitorId = await app.ExhibitorAsync(eventId, "Closed Orbital", await app.CreateUserAsync());
        var stranger = await app.SignInAsync(await app.CreateUserAsync());

        foreach (var path in new[] { "scan", "leads", "leads/export?format=csv" })
        {
            var response = await stranger.GetAsync($"/exhibitors/{exhibitorId}/{path}");
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("access-denied") == true,
                $"{path} answered {(int)response.StatusCode}");
        }
    }
}
