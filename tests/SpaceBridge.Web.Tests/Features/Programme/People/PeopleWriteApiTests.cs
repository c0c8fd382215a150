using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Features.Programme.WorkspaceApi;

namespace SpaceBridge.Web.Tests.Features.Programme.People;

public sealed class PeopleWriteApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private static object Person(string romanized, string? hangul = "김우주", string? country = "KR", int? organizationId = null) => new
    {
        romanizedName = romanized,
        hangulName = hangul,
        familyNameFirst = true,
        position = Bilingual("Director", "국장"),
        organizationId,
        countryCode = country,
        bio = Bilingual("Leads the launch programme.", null),
    };

    [Fact]
    public async Task An_organizer_adds_a_person_with_201_and_Location_and_changes_them_with_If_Match()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();

        using var response = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/people", Person("Kim Woo-ju"));

        var created = await JsonAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/people/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("김우주", created.GetProperty("hangulName").GetString());
        Assert.True(created.GetProperty("familyNameFirst").GetBoolean());

        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/people/{id}", Person("Kim Woo-joo")), HttpStatusCode.PreconditionRequired);
        await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/people/{id}", Person("Kim Woo-joo"), "\"4\""), HttpStatusCode.PreconditionFailed);
        using var updated = await organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/people/{id}", Person("Kim Woo-joo"), ETag(response));
        Assert.Equal("Kim Woo-joo", (await JsonAsync(updated, HttpStatusCode.OK)).GetProperty("romanizedName").GetString());
    }

    [Fact]
    public async Task A_person_with_an_overlong_Hangul_name_unknown_country_or_organization_is_400_naming_the_fields()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();

        var problem = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/people",
            Person("Kim", hangul: new string('김', 101), country: "ZZ", organizationId: 999999)), HttpStatusCode.BadRequest);

        Assert.Equal(["CountryCode", "HangulName", "OrganizationId"], ErrorFields(problem).Order());

        var nameless = await factory.RefusedAsync(() => organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/people", Person(" ")), HttpStatusCode.BadRequest);
        Assert.Contains(ErrorFields(nameless), f => f.Equals("RomanizedName", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Someone_who_does_not_organize_the_forum_cannot_add_or_change_its_people()
    {
        var forumId = await factory.DemoForumIdAsync();
        var personId = await factory.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var outsider = await factory.DelegateAsync();

        await factory.RefusedAsync(() => outsider.SendJsonAsync(HttpMethod.Post, $"/api/v1/forums/{forumId}/people", Person("Outsider")), HttpStatusCode.Forbidden);
        await factory.RefusedAsync(() => outsider.SendJsonAsync(HttpMethod.Put, $"/api/v1/people/{personId}", Person("Outsider"), "*"), HttpStatusCode.Forbidden);
    }
}
