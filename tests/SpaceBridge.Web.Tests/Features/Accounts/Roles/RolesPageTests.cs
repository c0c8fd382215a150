using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts.Roles;

public sealed class RolesPageTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private Task<HttpResponseMessage> GrantAsync(HttpClient client, string email, ForumRole role, string? organization = null) =>
        client.SubmitFormAsync("/admin/roles", new Dictionary<string, string>
        {
            ["Grant.Email"] = email,
            ["Grant.Role"] = role.ToString(),
            ["Grant.Organization"] = organization ?? "",
        }, "form[action*='handler=Grant']");

    private Task<ForumRoleAssignment[]> RolesOfAsync(string userId) =>
        factory.WithDbAsync(db => db.ForumRoles.Where(r => r.UserId == userId).ToArrayAsync());

    [Fact]
    public async Task An_organizer_grants_the_delegate_role_in_their_forum_and_it_is_audited()
    {
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var someone = await factory.CreateUserAsync();

        var response = await GrantAsync(organizer, someone.Email, ForumRole.Delegate);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ForumRole.Delegate, Assert.Single(await RolesOfAsync(someone.Id)).Role);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "role.grant" && a.Subject == someone.Email)));
    }

    [Fact]
    public async Task An_organizer_cannot_make_someone_an_organizer()
    {
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var someone = await factory.CreateUserAsync();

        var response = await organizer.SubmitFormAsync("/admin/roles", new Dictionary<string, string>
        {
            ["Grant.Email"] = someone.Email,
            ["Grant.Role"] = nameof(ForumRole.Organizer),
        }, "form[action*='handler=Grant']");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This page is for organizers of a forum.", await response.Content.ReadAsStringAsync());
        Assert.Empty(await RolesOfAsync(someone.Id));
    }

    [Fact]
    public async Task An_administrator_makes_someone_organizer_for_a_co_host_and_can_revoke_it()
    {
        var admin = await factory.SignInAsync(await factory.CreateAdministratorAsync());
        var someone = await factory.CreateUserAsync();

        await GrantAsync(admin, someone.Email, ForumRole.Organizer, "DOC");
        var assignment = Assert.Single(await RolesOfAsync(someone.Id));
        Assert.Equal(ForumRole.Organizer, assignment.Role);

        var page = await admin.GetDocumentAsync("/admin/roles");
        var form = page.QuerySelector($"input[name='assignmentId'][value='{assignment.Id}']")?.Closest("form") as AngleSharp.Html.Dom.IHtmlFormElement;
        Assert.NotNull(form);
        var revoke = await admin.SubmitAsync(form, "/admin/roles", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Empty(await RolesOfAsync(someone.Id));
    }

    [Fact]
    public async Task A_delegate_is_refused_the_roles_page()
    {
        var delegateClient = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));

        var response = await delegateClient.GetAsync("/admin/roles");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This page is for organizers of a forum.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Granting_to_an_unknown_address_shows_the_error_beside_the_field()
    {
        var admin = await factory.SignInAsync(await factory.CreateAdministratorAsync());

        var response = await GrantAsync(admin, $"nobody-{Guid.NewGuid():N}@example.org", ForumRole.Press);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No account uses this e-mail address.", await response.Content.ReadAsStringAsync());
    }
}
