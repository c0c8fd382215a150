using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SpaceBridge.Web.Features.Registrations.Export;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>The leads export: on API v1 and as the download linked from the exhibitor's leads page.</summary>
public static class LeadExportEndpoints
{
    public static IEndpointRouteBuilder MapLeadExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/exhibitors/{exhibitorId:int}/leads/export", Export).RequireAuthorization().WithTags("Exhibition")
            .WithName("ExportLeads").WithSummary("The exhibitor's leads as CSV (format=csv, default) or Excel (format=xlsx); anonymous visitors as one count.")
            .ProducesFile("text/csv", RegistrationExport.XlsxContentType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/exhibitors/{exhibitorId:int}/leads/export", Export).RequireAuthorization()
            .ExcludeFromDescription().WithName("DownloadLeadsExport").WithSummary("The leads export, as linked from the leads page.");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        int exhibitorId, ClaimsPrincipal user, ExhibitorStaffAccess access, LeadExport export, CancellationToken ct, string format = "csv")
    {
        Exhibitor exhibitor;
        try
        {
            exhibitor = await access.RequireAsync(user, exhibitorId, ct);
        }
        catch (ExhibitorRefused refused)
        {
            // Answered here rather than by the API's exception handler, so the page-side download gets it too.
            return TypedResults.Problem(statusCode: refused.StatusCode, title: refused.Title, detail: refused.Detail);
        }
        var name = $"{exhibitor.Event.Slug}-leads-{exhibitor.Id}";
        return format switch
        {
            "csv" => TypedResults.File(await export.CsvAsync(exhibitorId, ct), RegistrationExport.CsvContentType, $"{name}.csv"),
            "xlsx" => TypedResults.File(await export.XlsxAsync(exhibitorId, ct), RegistrationExport.XlsxContentType, $"{name}.xlsx"),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be csv or xlsx."] }),
        };
    }
}
