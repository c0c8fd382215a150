using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>Exhibition endpoints of API v1: the public exhibitor list, and lead scanning for an exhibitor's staff.</summary>
public static class ExhibitionApi
{
    public static IEndpointRouteBuilder MapExhibitionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Exhibition");
        api.MapGet("/events/{eventId:int}/exhibitors", ListExhibitors).AllowAnonymous().WithName("ListExhibitors")
            .WithSummary("Lists the exhibitors of an event with their booths; optional search (name in either language) and country.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Only the exhibitor's staff (403); an unknown exhibitor is not found (404).
        var staff = api.MapGroup("/exhibitors/{exhibitorId:int}/leads").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("", ListLeads).WithName("ListLeads")
            .WithSummary("The exhibitor's leads, newest first; visitors who did not consent to share their details are anonymous.");
        // Idempotent on clientScanId: a scan sent again answers 200 with the lead stored the first time.
        staff.MapPost("", Scan).RequireRateLimiting(RateLimits.CheckIn).WithName("RecordLead")
            .WithSummary("Record a scanned badge as a lead (201), or answer the lead this scan (or this visitor) already made (200).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/batch", ScanBatch).RequireRateLimiting(RateLimits.CheckIn).WithName("RecordLeadBatch")
            .WithSummary("Record a queue of scans made offline, each once: every scan's outcome, in order. Safe to send again.")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<Ok<PagedList<ExhibitorDto>>, ValidationProblem, ProblemHttpResult>> ListExhibitors(
        int eventId, int? page, int? pageSize, string? search, string? country, AppDbContext db, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var countryCode = CountryFilter.Parse(country, errors);
        if (search?.Length > ExhibitorDirectory.SearchMaxLength)
        {
            errors.Add("search", $"search must be at most {ExhibitorDirectory.SearchMaxLength} characters.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            return ApiProblems.NotFound("event", eventId);
        }
        return TypedResults.Ok(await paging.ToPageAsync(ExhibitorDirectory.Query(db, eventId, search, countryCode), ExhibitorDto.From, ct));
    }

    private static async Task<Results<Ok<PagedList<LeadDto>>, ValidationProblem>> ListLeads(
        int exhibitorId, int? page, int? pageSize, ClaimsPrincipal user, ExhibitorStaffAccess access, AppDbContext db, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        await access.RequireAsync(user, exhibitorId, ct);
        var query = db.Leads.AsNoTracking().Include(l => l.Registration).Where(l => l.ExhibitorId == exhibitorId)
            .OrderByDescending(l => l.ScannedAtUtc).ThenByDescending(l => l.Id);
        return TypedResults.Ok(await paging.ToPageAsync(query, LeadViews.ToDto, ct));
    }

    private static async Task<Results<Created<LeadDto>, Ok<LeadDto>, ProblemHttpResult>> Scan(
        int exhibitorId, LeadScanRequest body, ClaimsPrincipal user, ExhibitorStaffAccess access, LeadScanner scanner, AppDbContext db, CancellationToken ct)
    {
        var exhibitor = await access.RequireAsync(user, exhibitorId, ct);
        var outcome = await scanner.ScanAsync(exhibitor, body.ToScan(), user, ct);
        if (!outcome.Stored)
        {
            return Refusal(outcome.Result);
        }
        var dto = (await LeadViews.ByIdAsync(db, [outcome.Lead!.Id], ct))[outcome.Lead.Id];
        return outcome.Result == LeadScanResult.Recorded
            ? TypedResults.Created($"/api/v1/exhibitors/{exhibitorId}/leads/{dto.Id}", dto)
            : TypedResults.Ok(dto);
    }

    private static async Task<Ok<List<LeadScanResultDto>>> ScanBatch(
        int exhibitorId, LeadBatchRequest body, ClaimsPrincipal user, ExhibitorStaffAccess access, LeadScanner scanner, AppDbContext db, CancellationToken ct)
    {
        var exhibitor = await access.RequireAsync(user, exhibitorId, ct);
        var outcomes = await scanner.ScanBatchAsync(exhibitor, [.. body.Scans.Select(s => s.ToScan())], user, ct);
        var leads = await LeadViews.ByIdAsync(db, outcomes.Where(o => o.Lead is not null).Select(o => o.Lead!.Id), ct);
        return TypedResults.Ok(outcomes
            .Select(o => new LeadScanResultDto(o.ClientScanId, LeadViews.OutcomeName(o.Result), o.Lead is null ? null : leads[o.Lead.Id]))
            .ToList());
    }

    private static ProblemHttpResult Refusal(LeadScanResult result)
    {
        var (status, title, detail) = result switch
        {
            LeadScanResult.NotApproved => (StatusCodes.Status409Conflict, "Registration not approved", "The visitor's registration is not approved."),
            LeadScanResult.OtherEvent => (StatusCodes.Status409Conflict, "Badge for another event", "This badge belongs to a registration for another event."),
            LeadScanResult.UnknownBadge => (StatusCodes.Status400BadRequest, "Unknown badge", "The badge is genuine but its registration no longer exists."),
            _ => (StatusCodes.Status400BadRequest, "Invalid badge token", "The scanned text is not a valid SpaceBridge badge token. Nothing was recorded."),
        };
        return TypedResults.Problem(statusCode: status, title: title, detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = LeadViews.OutcomeName(result) });
    }
}
