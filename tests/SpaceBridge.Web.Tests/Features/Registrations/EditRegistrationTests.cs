using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>Registrants change their own registration while it is in play; stale or late changes save nothing.</summary>
public sealed class EditRegistrationTests : IDisposable
{
    private readonly RegistrationApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HttpClient Client, RegistrationDto Registration)> RegisteredAsync(string email)
    {
        var client = await _app.SignedInAsync(email);
        return (client, await client.RegisterAsync(await _app.EventIdAsync(), RegistrationRequests.Details("Before Name")));
    }

    private Task<Registration> ReloadAsync(int id) => _app.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task A_registrant_changes_details_and_type_before_approval()
    {
        var (client, registration) = await RegisteredAsync("changer@example.com");
        var url = $"/me/registrations/{registration.Id}/edit";
        Assert.Contains(url, await client.GetStringAsync("/me/registrations"));

        var response = await client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.RomanizedName"] = "After Name", ["Input.ParticipantType"] = "Press", ["Input.DietaryNeeds"] = "Vegetarian",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var changed = await ReloadAsync(registration.Id);
        Assert.Equal("After Name", changed.RomanizedName);
        Assert.Equal(ParticipantType.Press, changed.ParticipantType);
        Assert.Equal("Vegetarian", changed.DietaryNeeds);
        Assert.Equal(registration.Version + 1, changed.Version);
        Assert.Equal(1, await _app.AuditCountAsync("registration.changed"));
    }

    [Fact]
    public async Task After_approval_the_type_is_fixed_and_a_stale_form_saves_nothing()
    {
        var (client, registration) = await RegisteredAsync("approved-changer@example.com");
        var url = $"/me/registrations/{registration.Id}/edit";
        var page = await client.GetDocumentAsync(url);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form[method=post]")!;
        await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Approved).SetProperty(r => r.Version, r => r.Version + 1)));

        var stale = await client.SubmitAsync(form, url, new Dictionary<string, string> { ["Input.RomanizedName"] = "Stale Name" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Your registration changed since you opened this page; nothing was saved.", await stale.Content.ReadAsStringAsync());
        Assert.Equal("Before Name", (await ReloadAsync(registration.Id)).RomanizedName);

        var fresh = await client.GetDocumentAsync(url);
        Assert.Null(fresh.QuerySelector("select[name='Input.ParticipantType']"));
        var typeChange = await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.ParticipantType"] = "Press" });
        Assert.Contains("The participant type cannot change once the registration is approved.", await typeChange.Content.ReadAsStringAsync());
        Assert.Equal(ParticipantType.Delegate, (await ReloadAsync(registration.Id)).ParticipantType);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.Position"] = "Director" })).StatusCode);
        Assert.Equal("Director", (await ReloadAsync(registration.Id)).Position);
    }

    [Fact]
    public async Task A_cancelled_registration_cannot_be_changed_and_others_cannot_see_it()
    {
        var (client, registration) = await RegisteredAsync("cancelled-changer@example.com");
        var url = $"/me/registrations/{registration.Id}/edit";
        var other = await _app.SignedInAsync("not-the-owner@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);

        await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled)));
        var page = await client.GetStringAsync(url);
        Assert.Contains("This registration can no longer be changed", page);
        Assert.DoesNotContain("name=\"Input.RomanizedName\"", page);
    }
}
