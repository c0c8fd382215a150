using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// Joint statements in API v1. Reading: adopted statements for everyone, drafts for organizers of the forum. Writing:
/// signed-in callers, and <see cref="StatementDrafting"/> refuses anyone who does not organize the statement's forum
/// (403) and statements that do not exist (404). Clause writes name the clause's ETag in If-Match.
/// </summary>
public static partial class StatementsApi
{
    public static IEndpointRouteBuilder MapStatementsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Statements");
        api.MapGet("/forums/{forumId:int}/statements", List).WithName("ListStatements")
            .WithSummary("Lists the joint statements of a forum with their status and current version (adopted ones only for the public).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/statements/{id:int}", Get).WithName("GetStatement")
            .WithSummary("Gets a joint statement: clauses, versions with their content hashes, approvals. ETag is the statement's revision.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var write = api.MapGroup("").RequireAuthorization(Policies.SignedIn).ProducesOrganizerRefusals();
        write.MapPost("/forums/{forumId:int}/statements", Create).WithName("CreateStatement")
            .WithSummary("Starts a joint statement of the forum (or of one of its events); version 1 is its empty text.")
            .ProducesValidationProblem();
        write.MapPost("/statements/{id:int}/clauses", AddClause).WithName("AddStatementClause")
            .WithSummary("Adds a clause at the end; the statement gets a new version and earlier approvals stop counting.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPut("/statements/{id:int}/clauses/{clauseId:int}", SaveClause).WithName("SaveStatementClause")
            .WithSummary("Saves a clause. If-Match must carry the clause's ETag; a stale one is refused (409) with your text and the current one.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        write.MapDelete("/statements/{id:int}/clauses/{clauseId:int}", DeleteClause).WithName("DeleteStatementClause")
            .WithSummary("Deletes a clause. If-Match must carry the clause's ETag.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        write.MapPost("/statements/{id:int}/clauses/{clauseId:int}/comments", Comment).WithName("CommentStatementClause")
            .WithSummary("Comments on a clause (comments are not part of the text).")
            .ProducesValidationProblem();
        write.MapPost("/statements/{id:int}/approvals", Approve).WithName("ApproveStatement")
            .WithSummary("Approves one exact version (number and content hash) for a co-host; the last co-host's approval adopts the statement.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        write.MapDelete("/statements/{id:int}/approvals/{organizationId:int}", Withdraw).WithName("WithdrawStatementApproval")
            .WithSummary("Withdraws a co-host's approval of the current version.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<List<StatementSummary>>> List(int forumId, ClaimsPrincipal user, StatementReader reader, CancellationToken ct) =>
        TypedResults.Ok((await reader.ListAsync(forumId, user, ct)).Select(s => s.ToSummary()).ToList());

    private static async Task<Results<Ok<StatementDetail>, ProblemHttpResult>> Get(int id, ClaimsPrincipal user, StatementReader reader,
        HttpResponse response, CancellationToken ct)
    {
        var statement = await reader.FindAsync(id, user, ct);
        if (statement is null)
        {
            return ApiProblems.NotFound("statement", id);
        }
        var detail = await reader.DetailAsync(statement, ct);
        response.Headers.ETag = detail.ETag;
        return TypedResults.Ok(detail);
    }

    private static async Task<Created<StatementSummary>> Create(int forumId, CreateStatementRequest request, ClaimsPrincipal user,
        StatementDrafting drafting, CancellationToken ct)
    {
        var statement = await drafting.CreateAsync(forumId, request.EventId, new BilingualText(request.Title.En, request.Title.Ko), false, user, ct);
        return TypedResults.Created($"/api/v1/statements/{statement.Id}", statement.ToSummary());
    }

    private static async Task<Created<ClauseDto>> AddClause(int id, ClauseRequest request, ClaimsPrincipal user, StatementDrafting drafting,
        HttpResponse response, CancellationToken ct)
    {
        var clause = await drafting.AddClauseAsync(id, request.ToText(), user, ct);
        response.Headers.ETag = StatementETags.Clause(clause.Id, clause.Revision);
        return TypedResults.Created($"/api/v1/statements/{id}", clause.ToDto());
    }

    private static async Task<Results<Ok<ClauseDto>, ProblemHttpResult>> SaveClause(int id, int clauseId, ClauseRequest request,
        HttpRequest http, ClaimsPrincipal user, StatementDrafting drafting, CancellationToken ct)
    {
        await drafting.RequireDraftAsync(id, user, ct);
        if (ExpectedRevision(http, clauseId) is not { } revision)
        {
            return MissingIfMatch(http);
        }
        var clause = await drafting.SaveClauseAsync(id, clauseId, revision, request.ToText(), user, ct);
        http.HttpContext.Response.Headers.ETag = StatementETags.Clause(clause.Id, clause.Revision);
        return TypedResults.Ok(clause.ToDto());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteClause(int id, int clauseId, HttpRequest http, ClaimsPrincipal user,
        StatementDrafting drafting, CancellationToken ct)
    {
        await drafting.RequireDraftAsync(id, user, ct);
        if (ExpectedRevision(http, clauseId) is not { } revision)
        {
            return MissingIfMatch(http);
        }
        await drafting.DeleteClauseAsync(id, clauseId, revision, user, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CommentCreated>> Comment(int id, int clauseId, CommentRequest request, ClaimsPrincipal user, StatementDrafting drafting, CancellationToken ct)
    {
        var comment = await drafting.CommentAsync(id, clauseId, request.Text, user, ct);
        return TypedResults.Created($"/api/v1/statements/{id}", new CommentCreated(comment.Id, comment.AtUtc));
    }

    private static async Task<Created<ApprovalDto>> Approve(int id, ApprovalRequest request, ClaimsPrincipal user, StatementDrafting drafting, CancellationToken ct)
    {
        var a = await drafting.ApproveAsync(id, request.OrganizationId, request.Version, request.ContentHash, user, ct);
        return TypedResults.Created($"/api/v1/statements/{id}", new ApprovalDto(a.OrganizationId, a.VersionNumber, a.ContentHash, a.AtUtc, null, true));
    }

    private static async Task<NoContent> Withdraw(int id, int organizationId, ClaimsPrincipal user, StatementDrafting drafting, CancellationToken ct)
    {
        await drafting.WithdrawAsync(id, organizationId, user, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The revision named by If-Match for this clause; null when the header is missing or names something else.</summary>
    private static int? ExpectedRevision(HttpRequest http, int clauseId)
    {
        var match = ClauseTag().Match(http.Headers.IfMatch.ToString());
        return match.Success && match.Groups["id"].Value == clauseId.ToString(CultureInfo.InvariantCulture)
            && int.TryParse(match.Groups["rev"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? revision
            : null;
    }

    private static ProblemHttpResult MissingIfMatch(HttpRequest http) => string.IsNullOrEmpty(http.Headers.IfMatch)
        ? TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
            detail: "Send the clause's ETag (from GET /api/v1/statements/{id}) in If-Match.")
        : TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed",
            detail: "If-Match does not name an entity tag of this clause.");

    [GeneratedRegex("^\\s*\"clause-(?<id>[0-9]{1,10})-r(?<rev>[0-9]{1,10})\"\\s*$")]
    private static partial Regex ClauseTag();
}
