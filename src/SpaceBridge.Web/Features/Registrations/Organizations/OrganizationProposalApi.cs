using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Registrations.Organizations;

/// <summary>Registrants propose organizations; the event's organizers list the proposals and approve or merge them.</summary>
public static class OrganizationProposalApi
{
    public static IEndpointRouteBuilder MapOrganizationProposalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/events/{eventId:int}/organization-proposals").WithTags("Registrations");
        api.MapPost("", Propose).RequireAuthorization().WithName("ProposeOrganization")
            .WithSummary("Propose an organization that is not on the list (bilingual name, country, website); name it on a registration by its organizationId.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var organizers = api.MapGroup("").RequireAuthorization(Policies.OrganizerOfEvent("eventId")).ProducesOrganizerRefusals();
        organizers.MapGet("", List).WithName("ListOrganizationProposals")
            .WithSummary("The organization proposals made on an event's registration form, pending first.");
        organizers.MapGet("/{id:int}", Get).WithName("GetOrganizationProposal")
            .WithSummary("One organization proposal; its ETag is what a decision sends in If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        organizers.MapPost("/{id:int}/approve", Approve).WithName("ApproveOrganizationProposal")
            .WithSummary("Approve a proposal (If-Match: its ETag): the organization joins the list and its delegates may write its profile.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        organizers.MapPost("/{id:int}/merge", Merge).WithName("MergeOrganizationProposal")
            .WithSummary("Merge a proposal into an approved organization (If-Match: its ETag); registrations naming the proposal move to it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return app;
    }

    private static async Task<Results<Created<OrganizationProposalDto>, ProblemHttpResult>> Propose(
        int eventId, ProposedOrganization body, ClaimsPrincipal user, AppDbContext db, OrganizationProposals proposals, CancellationToken ct)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            return ApiProblems.NotFound("event", eventId);
        }
        var proposal = await proposals.ProposeAsync(eventId, user, body, ct);
        return TypedResults.Created($"/api/v1/events/{eventId}/organization-proposals/{proposal.Id}", OrganizationProposalDto.From(proposal));
    }

    private static async Task<Ok<List<OrganizationProposalDto>>> List(int eventId, AppDbContext db, CancellationToken ct)
    {
        var list = await db.OrganizationProposals.AsNoTracking().Include(p => p.Organization).Where(p => p.EventId == eventId)
            .OrderBy(p => p.Status != ProposalStatus.Pending).ThenBy(p => p.ProposedAtUtc).ThenBy(p => p.Id).ToListAsync(ct);
        return TypedResults.Ok(list.Select(OrganizationProposalDto.From).ToList());
    }

    private static async Task<Results<Ok<OrganizationProposalDto>, ProblemHttpResult>> Get(int eventId, int id, HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var proposal = await db.OrganizationProposals.AsNoTracking().Include(p => p.Organization).FirstOrDefaultAsync(p => p.Id == id && p.EventId == eventId, ct);
        if (proposal is null)
        {
            return ApiProblems.NotFound("organization proposal", id);
        }
        var dto = OrganizationProposalDto.From(proposal);
        http.Response.Headers.ETag = dto.ETag;
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<OrganizationProposalDto>, ProblemHttpResult>> Approve(
        int eventId, int id, HttpContext http, ClaimsPrincipal user, AppDbContext db, OrganizationProposals proposals, CancellationToken ct)
    {
        var version = await IfMatchAsync(http, db, eventId, id, ct);
        if (version.Problem is { } problem)
        {
            return problem;
        }
        return Answer(http, await proposals.ApproveAsync(eventId, id, version.Value, user, ct));
    }

    private static async Task<Results<Ok<OrganizationProposalDto>, ProblemHttpResult>> Merge(
        int eventId, int id, MergeProposal body, HttpContext http, ClaimsPrincipal user, AppDbContext db, OrganizationProposals proposals, CancellationToken ct)
    {
        var version = await IfMatchAsync(http, db, eventId, id, ct);
        if (version.Problem is { } problem)
        {
            return problem;
        }
        return Answer(http, await proposals.MergeAsync(eventId, id, version.Value, body.IntoOrganizationId, user, ct));
    }

    private static Ok<OrganizationProposalDto> Answer(HttpContext http, OrganizationProposal proposal)
    {
        var dto = OrganizationProposalDto.From(proposal);
        http.Response.Headers.ETag = dto.ETag;
        return TypedResults.Ok(dto);
    }

    /// <summary>
    /// The version the caller decides on, from If-Match (RFC 9110): required (428 without it); <c>*</c> means the
    /// current one; an ETag that is not the current one is answered 412 by the service, which compares inside its transaction.
    /// </summary>
    private static async Task<(int Value, ProblemHttpResult? Problem)> IfMatchAsync(HttpContext http, AppDbContext db, int eventId, int id, CancellationToken ct)
    {
        var header = http.Request.Headers.IfMatch.ToString().Trim();
        var current = await db.OrganizationProposals.Where(p => p.Id == id && p.EventId == eventId).Select(p => (int?)p.Version).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return (0, ApiProblems.NotFound("organization proposal", id));
        }
        if (header.Length == 0)
        {
            return (0, TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition required",
                detail: "Send the proposal's ETag in If-Match, so a decision made on a stale view is refused."));
        }
        if (header == "*")
        {
            return (current.Value, null);
        }
        foreach (var tag in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // Strong comparison: weak tags never match.
            if (tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && int.TryParse(tag[1..^1], out var version) && version == current)
            {
                return (version, null);
            }
        }
        return (-1, null);
    }
}
