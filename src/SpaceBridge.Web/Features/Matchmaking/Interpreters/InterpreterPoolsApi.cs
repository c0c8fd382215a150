using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

/// <summary>Organizer endpoints of API v1 for an event's interpreter pools (per language pair, interpreters free per slot).</summary>
public static class InterpreterPoolsApi
{
    public static IEndpointRouteBuilder MapInterpreterPoolsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/events/{eventId:int}/interpreter-pools").RequireAuthorization(Policies.OrganizerOfEvent("eventId"))
            .ProducesOrganizerRefusals().WithTags("Matchmaking schedule");
        api.MapGet("", List).WithName("ListInterpreterPools")
            .WithSummary("The event's interpreter pools: per language pair, how many interpreters are free in each meeting slot.");
        api.MapPost("", Add).WithName("CreateInterpreterPool")
            .WithSummary($"Adds a pool for a language pair the event has none for (languages: {string.Join(", ", MeetingLanguageCodes.All)}; count 0-{InterpreterPools.MaxCount}).")
            .ProducesValidationProblem();
        api.MapGet("/{poolId:int}", Get).WithName("GetInterpreterPool")
            .WithSummary("One interpreter pool; its ETag is the version to send in If-Match.");
        api.MapPut("/{poolId:int}", Update).WithName("UpdateInterpreterPool")
            .WithSummary("Changes a pool's pair or count; If-Match required.")
            .ProducesValidationProblem().ProducesPreconditionProblems();
        api.MapDelete("/{poolId:int}", Remove).WithName("DeleteInterpreterPool")
            .WithSummary("Removes a pool; If-Match required. Meetings needing its pair can then not be scheduled.")
            .ProducesPreconditionProblems();
        return app;
    }

    private static async Task<Ok<List<InterpreterPoolDto>>> List(int eventId, InterpreterPools pools, CancellationToken ct) =>
        TypedResults.Ok((await pools.ListAsync(eventId, ct)).Select(InterpreterPoolDto.From).ToList());

    private static async Task<Ok<InterpreterPoolDto>> Get(int eventId, int poolId, HttpResponse response, InterpreterPools pools, CancellationToken ct)
    {
        var pool = await pools.FindAsync(eventId, poolId, ct);
        EntityTags.Set(response, pool.Version);
        return TypedResults.Ok(InterpreterPoolDto.From(pool));
    }

    private static async Task<Created<InterpreterPoolDto>> Add(int eventId, InterpreterPoolInput input, HttpResponse response, ClaimsPrincipal user,
        InterpreterPools pools, CancellationToken ct)
    {
        var pool = await pools.AddAsync(eventId, input, user, ct);
        EntityTags.Set(response, pool.Version);
        return TypedResults.Created($"{ApiV1.Prefix}/events/{eventId}/interpreter-pools/{pool.Id}", InterpreterPoolDto.From(pool));
    }

    private static async Task<Ok<InterpreterPoolDto>> Update(int eventId, int poolId, InterpreterPoolInput input, HttpContext http, InterpreterPools pools,
        CancellationToken ct)
    {
        var pool = await pools.UpdateAsync(eventId, poolId, input, EntityTags.IfMatch(http.Request), http.User, ct);
        EntityTags.Set(http.Response, pool.Version);
        return TypedResults.Ok(InterpreterPoolDto.From(pool));
    }

    private static async Task<NoContent> Remove(int eventId, int poolId, HttpContext http, InterpreterPools pools, CancellationToken ct)
    {
        await pools.RemoveAsync(eventId, poolId, EntityTags.IfMatch(http.Request), http.User, ct);
        return TypedResults.NoContent();
    }
}
