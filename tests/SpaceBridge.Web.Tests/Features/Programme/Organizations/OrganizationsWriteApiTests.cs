using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Features.Programme.WorkspaceApi;

namespace SpaceBridge.Web.Tests.Features.Programme.Organizations;

public sealed class OrganizationsWriteApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private static object Organization(string en, string? ko = "한빛우주", string country = "KR", string? website = "https://hanbit.example", string kind = "Company") =>
        new { name = Bilingual(en, ko), acronym = (string?)null, kind, countryCode = country, website };

    [Fact]
    public async Task An_organizer_adds_an_organization_with_201_and_Location_and_changes_it_with_If_Match()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();

        using var response = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/organizations", Organization("Hanbit Space"));

        var created = await JsonAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/organizations/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("한빛우주", created.GetProperty("name").GetProperty("ko").GetString());

        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/organizations/{id}", Organization("Hanbit Space Co.")), HttpStatusCode.PreconditionRequired);
        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/organizations/{id}", Organization("Hanbit Space Co."), "\"2\""), HttpStatusCode.PreconditionFailed);
        using var updated = await organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/organizations/{id}", Organization("Hanbit Space Co."), ETag(response));
        Assert.Equal("Hanbit Space Co.", (await JsonAsync(updated, HttpStatusCode.OK)).GetProperty("name").GetProperty("en").GetString());
        Assert.Equal("\"1\"", ETag(updated));
    }

    [Fact]
    public async Task An_organization_without_a_name_with_an_unknown_country_or_a_bad_website_is_400_naming_the_fields()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();

        var problem = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/organizations",
            Organization("", ko: null, country: "XX", website: "javascript:alert(1)")), HttpStatusCode.BadRequest);

        Assert.Equal(["CountryCode", "Name", "Website"], ErrorFields(problem).Order());
    }

    [Fact]
    public async Task Someone_who_does_not_organize_the_forum_cannot_add_or_change_its_organizations()
    {
        var forumId = await factory.DemoForumIdAsync();
        var organizationId = await factory.WithDbAsync(db => db.Organizations.Where(o => o.Acronym == "MSIT").Select(o => o.Id).SingleAsync());
        var outsider = await factory.DelegateAsync();

        await factory.RefusedAsync(() => outsider.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/organizations", Organization("Outsider Inc")), HttpStatusCode.Forbidden);
        await factory.RefusedAsync(() => outsider.SendJsonAsync(HttpMethod.Put, $"/api/v1/organizations/{organizationId}", Organization("Outsider Inc"), "*"), HttpStatusCode.Forbidden);
    }
}
