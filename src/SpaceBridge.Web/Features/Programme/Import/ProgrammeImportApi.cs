using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Import;

/// <summary>A session the import would add (dry run) or added, with event-local times.</summary>
public sealed record ProgrammeImportSessionDto(int Line, string Kind, LocalizedText Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Room,
    IReadOnlyList<string> People, bool Published);

public sealed record ProgrammeImportResponse(bool DryRun, int RowCount, int Imported, IReadOnlyList<ProgrammeImportSessionDto> Sessions);

/// <summary>Programme import on the API: a dry run (the default) or an import of a sheet, all rows or none; and the templates.</summary>
public static class ProgrammeImportApi
{
    public static IEndpointRouteBuilder MapProgrammeImportApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:int}/sessions/import").WithTags("Sessions")
            .RequireAuthorization(Policies.OrganizerOfEvent("eventId")).ProducesOrganizerRefusals();
        group.MapPost("", Import).DisableAntiforgery().WithName("ImportProgramme")
            .WithSummary("Checks (dryRun, the default) or imports an event's sessions from an Excel (.xlsx) or CSV sheet, as the multipart field \"file\" or the whole body. A sheet with any error imports nothing: 400 with errors by line and column.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .AddOpenApiOperationTransformer(ApiConventions.CsvUploadBody("file"));
        group.MapGet("/template", Template).WithName("GetProgrammeImportTemplate")
            .WithSummary("The sheet to fill in: format xlsx (default, with a sheet explaining each column and the event's rooms) or csv; lang en (default) or ko for the headers.")
            .ProducesFile(ProgrammeImportTemplate.XlsxContentType, "text/csv").ProducesValidationProblem();
        return api;
    }

    private static async Task<Results<Ok<ProgrammeImportResponse>, ProblemHttpResult>> Import(
        int eventId, HttpRequest request, ClaimsPrincipal user, ProgrammeImporter importer, CancellationToken ct, bool dryRun = true)
    {
        byte[]? content;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
                {
                    return TypedResults.Problem(statusCode: 400, title: "No file",
                        detail: "Send the sheet as the multipart form field \"file\" or as the whole request body.");
                }
                await using var stream = file.OpenReadStream();
                content = await ProgrammeUpload.ReadAsync(stream, ct);
            }
            else
            {
                content = await ProgrammeUpload.ReadAsync(request.Body, ct);
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
            return ProgrammeUpload.TooLarge();
        }
        if (content.Length == 0)
        {
            return TypedResults.Problem(statusCode: 400, title: "No file", detail: "The sheet is empty.");
        }
        var outcome = dryRun ? new ProgrammeImportOutcome(await importer.DryRunAsync(eventId, content, ct), 0) : await importer.ImportAsync(eventId, content, user, ct);
        var plan = outcome.Plan;
        if (plan.Errors.Count > 0)
        {
            return TypedResults.Problem(statusCode: 400, title: "The sheet has errors; nothing was imported",
                detail: $"{plan.Errors.Count} problems in {plan.RowCount} rows.",
                extensions: new Dictionary<string, object?>
                {
                    ["dryRun"] = dryRun,
                    ["rowCount"] = plan.RowCount,
                    ["errors"] = plan.Errors.Select(e => new { line = e.Line, column = e.Column, code = e.Code, reason = e.Message }).ToList(),
                });
        }
        var sessions = plan.Rows.Select(r => new ProgrammeImportSessionDto(r.Line, r.Edit.Kind.ToString(), new LocalizedText(r.Edit.Title.En, r.Edit.Title.Ko),
            r.StartsAt, r.EndsAt, r.RoomName, r.People, r.Edit.Published)).ToList();
        return TypedResults.Ok(new ProgrammeImportResponse(dryRun, plan.RowCount, outcome.Imported, sessions));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Template(
        int eventId, AppDbContext db, ProgrammeImportTemplate template, CancellationToken ct, string format = "xlsx", string lang = "en")
    {
        var errors = new Dictionary<string, string[]>();
        if (format is not ("xlsx" or "csv")) errors["format"] = ["format must be xlsx or csv."];
        if (lang is not ("en" or "ko")) errors["lang"] = ["lang must be en or ko."];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var ev = await db.Events.AsNoTracking().Include(e => e.Venue).ThenInclude(v => v!.Rooms).FirstAsync(e => e.Id == eventId, ct);
        var korean = lang == "ko";
        var name = $"{ev.Slug}-programme-{lang}.{format}";
        return format == "csv"
            ? TypedResults.File(template.Csv(korean), ProgrammeImportTemplate.CsvContentType, name)
            : TypedResults.File(template.Xlsx(ev, [.. (ev.Venue?.Rooms ?? []).OrderBy(r => r.Id)],
                await db.Topics.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.Id).ToListAsync(ct), korean),
                ProgrammeImportTemplate.XlsxContentType, name);
    }
}
