using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Organizations;

/// <summary>Adding organizations to a forum and changing them, for its organizers.</summary>
public static class OrganizationsWriteApi
{
    public static IEndpointRouteBuilder MapOrganizationsWriteApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/forums/{forumId:int}/organizations", Create).WithTags("Organizations").WithName("CreateOrganization")
            .WithSummary("Adds an organization that the forum's organizers maintain.")
            .RequireAuthorization(Policies.OrganizerOfForum("forumId"))
            .ProducesValidationProblem().ProducesOrganizerRefusals();
        api.MapPut("/organizations/{id:int}", Update).WithTags("Organizations").WithName("UpdateOrganization")
            .WithSummary("Changes an organization; If-Match required.")
            .RequireAuthorization(Policies.OrganizerOfOrganization("id"))
            .ProducesValidationProblem().ProducesOrganizerRefusals().ProducesPreconditionProblems();
        return api;
    }

    private static async Task<Created<OrganizationDetail>> Create(int forumId, OrganizationInput input, HttpResponse response, OrganizationEditor editor, AppDbContext db, CancellationToken ct)
    {
        var organization = await editor.CreateAsync(forumId, input, ct);
        EntityTags.Set(response, organization.Version);
        return TypedResults.Created($"{ApiV1.Prefix}/organizations/{organization.Id}", await DetailAsync(db, organization.Id, ct));
    }

    private static async Task<Ok<OrganizationDetail>> Update(int id, OrganizationInput input, HttpContext http, OrganizationEditor editor, AppDbContext db, CancellationToken ct)
    {
        var organization = await editor.UpdateAsync(id, input, EntityTags.IfMatch(http.Request), ct);
        EntityTags.Set(http.Response, organization.Version);
        return TypedResults.Ok(await DetailAsync(db, id, ct));
    }

    private static async Task<OrganizationDetail> DetailAsync(AppDbContext db, int id, CancellationToken ct) =>
        (await db.Organizations.AsNoTracking().Include(o => o.Country).Include(o => o.People).FirstAsync(o => o.Id == id, ct)).ToDetail();
}
