using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.People;

/// <summary>Adding people (speakers, moderators, panelists) to a forum and changing them, for its organizers.</summary>
public static class PeopleWriteApi
{
    public static IEndpointRouteBuilder MapPeopleWriteApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/forums/{forumId:int}/people", Create).WithTags("People").WithName("CreatePerson")
            .WithSummary("Adds a person that the forum's organizers maintain.")
            .RequireAuthorization(Policies.OrganizerOfForum("forumId"))
            .ProducesValidationProblem().ProducesOrganizerRefusals();
        api.MapPut("/people/{id:int}", Update).WithTags("People").WithName("UpdatePerson")
            .WithSummary("Changes a person; If-Match required.")
            .RequireAuthorization(Policies.OrganizerOfPerson("id"))
            .ProducesValidationProblem().ProducesOrganizerRefusals().ProducesPreconditionProblems();
        return api;
    }

    private static async Task<Created<PersonDetail>> Create(int forumId, PersonInput input, HttpResponse response, PersonEditor editor, AppDbContext db, CancellationToken ct)
    {
        var person = await editor.CreateAsync(forumId, input, ct);
        EntityTags.Set(response, person.Version);
        return TypedResults.Created($"{ApiV1.Prefix}/people/{person.Id}", await DetailAsync(db, person.Id, ct));
    }

    private static async Task<Ok<PersonDetail>> Update(int id, PersonInput input, HttpContext http, PersonEditor editor, AppDbContext db, CancellationToken ct)
    {
        var person = await editor.UpdateAsync(id, input, EntityTags.IfMatch(http.Request), ct);
        EntityTags.Set(http.Response, person.Version);
        return TypedResults.Ok(await DetailAsync(db, id, ct));
    }

    private static async Task<PersonDetail> DetailAsync(AppDbContext db, int id, CancellationToken ct) =>
        (await db.People.AsNoTracking().Include(p => p.Organization)
            .Include(p => p.Sessions).ThenInclude(s => s.Session).ThenInclude(s => s.Event)
            .AsSplitQuery().FirstAsync(p => p.Id == id, ct)).ToDetail();
}
