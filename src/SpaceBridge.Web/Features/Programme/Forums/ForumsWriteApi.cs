using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>Creating a forum (platform administrators) and changing it (its organizers).</summary>
public static class ForumsWriteApi
{
    public static IEndpointRouteBuilder MapForumsWriteApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/forums", Create).WithTags("Forums").WithName("CreateForum")
            .WithSummary("Creates a forum (platform administrators); its organizers are then granted on the roles page.")
            .RequireAuthorization(Policies.Administrator)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/forums/{id:int}", Update).WithTags("Forums").WithName("UpdateForum")
            .WithSummary("Changes a forum; If-Match with the ETag of the version read is required.")
            .RequireAuthorization(Policies.OrganizerOfForum("id"))
            .ProducesValidationProblem().ProducesOrganizerRefusals().ProducesPreconditionProblems();
        return api;
    }

    private static async Task<Created<ForumDetail>> Create(ForumInput input, HttpResponse response, ForumEditor editor, AppDbContext db, CancellationToken ct)
    {
        var forum = await editor.CreateAsync(input, ct);
        EntityTags.Set(response, forum.Version);
        return TypedResults.Created($"{ApiV1.Prefix}/forums/{forum.Id}", await DetailAsync(db, forum.Id, ct));
    }

    private static async Task<Ok<ForumDetail>> Update(int id, ForumInput input, HttpContext http, ForumEditor editor, AppDbContext db, CancellationToken ct)
    {
        var forum = await editor.UpdateAsync(id, input, EntityTags.IfMatch(http.Request), ct);
        EntityTags.Set(http.Response, forum.Version);
        return TypedResults.Ok(await DetailAsync(db, id, ct));
    }

    private static async Task<ForumDetail> DetailAsync(AppDbContext db, int id, CancellationToken ct) =>
        (await db.Forums.AsNoTracking().Include(f => f.Events).ThenInclude(e => e.Venue).Include(f => f.Hosts)
            .AsSplitQuery().FirstAsync(f => f.Id == id, ct)).ToDetail();
}
