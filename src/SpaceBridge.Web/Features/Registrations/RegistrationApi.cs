using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations.Export;
using SpaceBridge.Web.Features.Registrations.Import;
using SpaceBridge.Web.Features.Registrations.Review;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>Registration endpoints of API v1, and the organizer's export download used by the pages.</summary>
public static class RegistrationApi
{
    public static IEndpointRouteBuilder MapRegistrationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Registrations");
        api.MapGet("/me/registrations", MyRegistrations).WithName("ListMyRegistrations")
            .WithSummary("The caller's own registrations, newest first.");
        api.MapPost("/events/{id:int}/registrations", RegisterSelf).WithName("RegisterForEvent")
            .WithSummary("Register the caller for an event; approved at once, waitlisted or left for review by the event's rules.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var organizers = api.MapGroup("/events/{id:int}/registrations").RequireAuthorization(Policies.OrganizerOfEvent("id"))
            .ProducesOrganizerRefusals();
        organizers.MapGet("", List).WithName("ListRegistrations")
            .WithSummary("An event's registrations for its organizers, in protocol order, filtered by status, type, country or delegation.");
        organizers.MapPost("/review", ReviewBulk).WithName("ReviewRegistrations")
            .WithSummary("Approve, reject or waitlist registrations at the versions the organizer saw; nothing changes if any of them changed since.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        organizers.MapPost("/import", ImportFile).DisableAntiforgery().WithName("ImportRegistrations")
            .WithSummary("Check (dryRun, the default) or import a CSV file of registrations; a file with errors imports nothing.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .AddOpenApiOperationTransformer(ApiConventions.CsvUploadBody("file"));
        organizers.MapGet("/export", Export).WithName("ExportRegistrations")
            .WithSummary("An event's registrations as a CSV (format=csv, the default) or Excel (format=xlsx) file.")
            .ProducesFile("text/csv", RegistrationExport.XlsxContentType);
        app.MapGet("/organizer/events/{id:int}/registrations/export", Export).RequireAuthorization(Policies.OrganizerOfEvent("id"))
            .ExcludeFromDescription().WithName("DownloadRegistrationsExport")
            .WithSummary("The registrations export, as linked from the organizers' pages.");
        return app;
    }

    private static async Task<Ok<List<RegistrationDto>>> MyRegistrations(ClaimsPrincipal user, AppDbContext db, RegistrationOwnership ownership, CancellationToken ct)
    {
        await ownership.ClaimAsync(user, ct);
        var userId = ForumAccess.UserId(user);
        return TypedResults.Ok(await RegistrationDto.Project(db.Registrations.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.SubmittedAtUtc)).ToListAsync(ct));
    }

    private static async Task<Results<Created<RegistrationDto>, ProblemHttpResult>> RegisterSelf(
        int id, RegistrationDetails details, ClaimsPrincipal user, AppDbContext db, Registrar registrar, RegistrationOwnership ownership, CancellationToken ct)
    {
        await ownership.ClaimAsync(user, ct);
        if (!await db.Events.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such event.");
        }
        var userId = ForumAccess.UserId(user)!;
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct) ?? user.FindFirstValue(ClaimTypes.Email) ?? "";
        var r = await registrar.SubmitAsync(id, new Registrant(email, userId, userId), details, ct);
        return TypedResults.Created($"/api/v1/me/registrations", RegistrationDto.From(r));
    }

    private static async Task<Results<Ok<PagedList<RegistrationDto>>, ValidationProblem>> List(
        int id, AppDbContext db, CancellationToken ct,
        RegistrationStatus? status = null, ParticipantType? type = null, string? country = null, int? delegationId = null, int page = 1, int pageSize = 50)
    {
        if (page < 1 || pageSize is < 1 or > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["page must be at least 1 and pageSize between 1 and 100."] });
        }
        var query = new RegistrationFilter(status, type, country, delegationId).Apply(db.Registrations.AsNoTracking().Where(r => r.EventId == id));
        var total = await query.CountAsync(ct);
        var items = await RegistrationDto.Project(query.OrderBy(r => r.ProtocolRank == null).ThenBy(r => r.ProtocolRank).ThenBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<RegistrationDto>(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult>> ReviewBulk(
        int id, ReviewRequest request, ClaimsPrincipal user, Registrar registrar, CancellationToken ct)
    {
        var result = await registrar.ReviewAsync(id, request.Decision, request.Items ?? [], request.Reason, user, ct);
        if (result.IsStale)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The registrations changed since they were loaded",
                detail: "Nothing was changed. Load the registrations again and repeat the decision.",
                extensions: new Dictionary<string, object?> { ["staleIds"] = result.StaleIds });
        }
        return TypedResults.Ok(new ReviewResponse(result.Changes.Select(StatusChangeDto.Of).ToList()));
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportFile(
        int id, HttpRequest request, ClaimsPrincipal user, RegistrationImporter importer, CancellationToken ct, bool dryRun = true)
    {
        var (content, refused) = await ReadUploadAsync(request, ct);
        if (refused is not null)
        {
            return refused;
        }
        var outcome = dryRun ? new ImportOutcome(await importer.DryRunAsync(id, content!, ct), 0) : await importer.ImportAsync(id, content!, user, ct);
        var plan = outcome.Plan;
        if (plan.Errors.Count > 0)
        {
            return TypedResults.Problem(statusCode: 400, title: "The file has errors; nothing was imported",
                detail: $"{plan.Errors.Count} problems in {plan.RowCount} rows.",
                extensions: new Dictionary<string, object?>
                {
                    ["dryRun"] = dryRun,
                    ["rowCount"] = plan.RowCount,
                    ["errors"] = plan.Errors.Select(e => new { line = e.Line, column = e.Column, code = e.Code, reason = e.Message }).ToList(),
                });
        }
        return TypedResults.Ok(new ImportResponse(dryRun, plan.RowCount, plan.Rows.Count, outcome.Imported));
    }

    /// <summary>The uploaded file (the form field "file", or the whole body), or the answer that refuses the upload.</summary>
    private static async Task<(byte[]? Content, ProblemHttpResult? Refused)> ReadUploadAsync(HttpRequest request, CancellationToken ct)
    {
        byte[]? content;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
                if (file is null)
                {
                    return (null, TypedResults.Problem(statusCode: 400, title: "No file",
                        detail: "Send the CSV file as the form field \"file\" or as a text/csv body."));
                }
                await using var stream = file.OpenReadStream();
                content = await UploadReader.ReadAsync(stream, ct);
            }
            else
            {
                content = await UploadReader.ReadAsync(request.Body, ct);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            content = null;
        }
        catch (InvalidDataException)
        {
            return (null, TypedResults.Problem(statusCode: 400, title: "The upload could not be read", detail: "The multipart body is malformed."));
        }
        return content is not null
            ? (content, null)
            : (null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large",
                detail: $"Import files may be at most {RegistrationImporter.MaxFileBytes / (1024 * 1024)} MB.",
                extensions: new Dictionary<string, object?> { ["code"] = ImportErrorCodes.TooLarge }));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        int id, RegistrationExport export, AppDbContext db, CancellationToken ct, string format = "csv")
    {
        var slug = await db.Events.Where(e => e.Id == id).Select(e => e.Slug).FirstAsync(ct);
        return format.ToLowerInvariant() switch
        {
            "csv" => TypedResults.File(await export.CsvAsync(id, ct), RegistrationExport.CsvContentType, $"{slug}-registrations.csv"),
            "xlsx" => TypedResults.File(await export.XlsxAsync(id, ct), RegistrationExport.XlsxContentType, $"{slug}-registrations.xlsx"),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be csv or xlsx."] }),
        };
    }
}
