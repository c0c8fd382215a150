using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations.Export;
using SpaceBridge.Web.Features.Registrations.Import;
using SpaceBridge.Web.Features.Registrations.Review;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>Registration endpoints of API v1, and the organizer's export download used by the pages.</summary>
public static class RegistrationApi
{
    public static IEndpointRouteBuilder MapRegistrationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Registrations");
        api.MapGet("/me/registrations", MyRegistrations);
        api.MapPost("/events/{id:int}/registrations", RegisterSelf);
        var organizers = api.MapGroup("/events/{id:int}/registrations").RequireAuthorization(Policies.OrganizerOfEvent("id"));
        organizers.MapGet("", List);
        organizers.MapPost("/review", ReviewBulk);
        organizers.MapPost("/import", ImportFile).DisableAntiforgery();
        organizers.MapGet("/export", Export);
        app.MapGet("/organizer/events/{id:int}/registrations/export", Export).RequireAuthorization(Policies.OrganizerOfEvent("id"))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Ok<List<RegistrationDto>>> MyRegistrations(ClaimsPrincipal user, AppDbContext db, RegistrationOwnership ownership, CancellationToken ct)
    {
        await ownership.ClaimAsync(user, ct);
        var userId = ForumAccess.UserId(user);
        return TypedResults.Ok(await RegistrationDto.Project(db.Registrations.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.SubmittedAtUtc)).ToListAsync(ct));
    }

    private static async Task<Results<Created<RegistrationDto>, NotFound<ProblemDetails>, ValidationProblem>> RegisterSelf(
        int id, RegistrationDetails details, ClaimsPrincipal user, AppDbContext db, Registrar registrar, RegistrationOwnership ownership, CancellationToken ct)
    {
        await ownership.ClaimAsync(user, ct);
        if (!await db.Events.AnyAsync(e => e.Id == id, ct))
        {
            return NotFoundProblem();
        }
        var userId = ForumAccess.UserId(user)!;
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct) ?? user.FindFirstValue(ClaimTypes.Email) ?? "";
        var r = await registrar.SubmitAsync(id, new Registrant(email, userId, userId), details, ct);
        return TypedResults.Created($"/api/v1/me/registrations", RegistrationDto.From(r));
    }

    private static async Task<IResult> List(
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

    private static async Task<IResult> ReviewBulk(int id, ReviewRequest request, ClaimsPrincipal user, Registrar registrar, CancellationToken ct)
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

    private static async Task<IResult> ImportFile(int id, HttpRequest request, ClaimsPrincipal user, RegistrationImporter importer,
        CancellationToken ct, bool dryRun = true)
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
                    return TypedResults.Problem(statusCode: 400, title: "No file", detail: "Send the CSV file as the form field \"file\" or as a text/csv body.");
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
            return TypedResults.Problem(statusCode: 400, title: "The upload could not be read", detail: "The multipart body is malformed.");
        }
        if (content is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large",
                detail: $"Import files may be at most {RegistrationImporter.MaxFileBytes / (1024 * 1024)} MB.",
                extensions: new Dictionary<string, object?> { ["code"] = ImportErrorCodes.TooLarge });
        }

        var outcome = dryRun ? new ImportOutcome(await importer.DryRunAsync(id, content, ct), 0) : await importer.ImportAsync(id, content, user, ct);
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

    private static async Task<IResult> Export(int id, RegistrationExport export, AppDbContext db, CancellationToken ct,
        string format = "csv")
    {
        var slug = await db.Events.Where(e => e.Id == id).Select(e => e.Slug).FirstAsync(ct);
        return format.ToLowerInvariant() switch
        {
            "csv" => TypedResults.File(await export.CsvAsync(id, ct), RegistrationExport.CsvContentType, $"{slug}-registrations.csv"),
            "xlsx" => TypedResults.File(await export.XlsxAsync(id, ct), RegistrationExport.XlsxContentType, $"{slug}-registrations.xlsx"),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be csv or xlsx."] }),
        };
    }

    private static NotFound<ProblemDetails> NotFoundProblem() =>
        TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "Not found", Detail = "There is no such event." });
}
