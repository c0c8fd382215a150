using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Registrations.Delegations;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>
/// A head of delegation registers carol@ as a member. Carol's own account (same confirmed address) then sees that
/// entry among her registrations, can cancel it, and can register herself; before, she was refused as "already
/// registered" and could neither see nor remove the entry made in her name.
/// </summary>
public sealed class RegistrationOwnershipTests(RegistrationApp app) : IClassFixture<RegistrationApp>
{
    [Fact]
    public async Task The_person_registered_by_a_head_of_delegation_sees_cancels_and_replaces_the_entry_made_in_their_name()
    {
        var eventId = await app.EventIdAsync();
        var carolEmail = $"carol-{Guid.NewGuid():N}@example.org";
        var entryId = await RegisterAsMemberAsync(eventId, carolEmail, "Carol As Typed By Head");
        var carol = await app.SignedInAsync(carolEmail);

        var mine = await carol.GetFromJsonAsync<List<RegistrationDto>>("/api/v1/me/registrations");
        Assert.Equal(entryId, Assert.Single(mine!).Id);
        var page = await carol.GetStringAsync("/me/registrations");
        Assert.Contains("Carol As Typed By Head", page);

        var cancel = await carol.SubmitFormAsync("/me/registrations", new Dictionary<string, string>(), "form[action*='handler=Cancel']");
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal(RegistrationStatus.Cancelled, await StatusAsync(entryId));

        var own = await carol.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations", RegistrationRequests.Details("Carol Herself", "KR"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var rows = await app.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.Email == carolEmail).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal(("Carol Herself", RegistrationStatus.Submitted, null), (row.RomanizedName, row.Status, row.DelegationId));
        Assert.Equal(row.UserId, row.SubmittedByUserId);
    }

    [Fact]
    public async Task Registering_while_the_entry_made_in_ones_name_is_active_is_refused_with_400_and_changes_nothing_else()
    {
        var eventId = await app.EventIdAsync();
        var email = $"dana-{Guid.NewGuid():N}@example.org";
        var entryId = await RegisterAsMemberAsync(eventId, email, "Dana By Head");
        var dana = await app.SignedInAsync(email);

        var response = await dana.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations", RegistrationRequests.Details("Dana Herself"), ApiJson.Options);

        await ApiClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var row = await app.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Email == email));
        Assert.Equal((entryId, "Dana By Head", RegistrationStatus.Submitted), (row.Id, row.RomanizedName, row.Status));
        // The attempt still made the entry hers: she finds it on her page to check or cancel.
        Assert.NotNull(row.UserId);
    }

    [Fact]
    public async Task An_account_whose_address_is_not_confirmed_claims_nothing()
    {
        var eventId = await app.EventIdAsync();
        var email = $"erin-{Guid.NewGuid():N}@example.org";
        var entryId = await RegisterAsMemberAsync(eventId, email, "Erin By Head");
        var erin = await app.UserAsync(email);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == erin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));

        await using var scope = app.Services.CreateAsyncScope();
        var claimed = await scope.ServiceProvider.GetRequiredService<RegistrationOwnership>().ClaimAsync(RegistrationApp.Principal(erin));

        Assert.Equal(0, claimed);
        Assert.Null(await app.WithDbAsync(db => db.Registrations.Where(r => r.Id == entryId).Select(r => r.UserId).SingleAsync()));
    }

    /// <summary>A new head of delegation registers a member with that address; the member's registration id.</summary>
    private async Task<int> RegisterAsMemberAsync(int eventId, string email, string name)
    {
        var head = RegistrationApp.Principal(await app.UserAsync($"head-{Guid.NewGuid():N}@example.org"));
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<DelegationRegistry>();
        var delegation = await registry.CreateAsync(eventId, head, new DelegationDetails("Squatters", DelegationKind.Organization, "US", null));
        var member = await registry.AddMemberAsync(delegation.Id, head, email, RegistrationRequests.Details(name), null);
        return member.Id;
    }

    private Task<RegistrationStatus> StatusAsync(int id) =>
        app.WithDbAsync(db => db.Registrations.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
}
