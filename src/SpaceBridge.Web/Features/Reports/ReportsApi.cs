using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>
/// The post-event report's figures in API v1 (JSON, or CSV with <c>Accept: text/csv</c>) for any signed-in caller:
/// exact for the forum's organizers, aggregates with small counts hidden for everyone else. The report PDF, built by a
/// background job, is a download for organizers outside the API.
/// </summary>
public static class ReportsApi
{
    public const string PdfContentType = "application/pdf";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/forums/{forumId:int}/report", Get).RequireAuthorization().WithTags("Reports")
            .WithName("GetForumReport")
            .WithSummary("The forum's report figures: registrations, check-ins, meetings, feedback, pipeline, topics, country pairs, surveys, initiatives and commitments. CSV with Accept: text/csv.")
            .Produces<ForumReport>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/forums/{forumId:int}/report.pdf", Pdf).RequireAuthorization(Policies.ForumOrganizer).ExcludeFromDescription()
            .WithName("DownloadForumReport").WithSummary("The latest report PDF; without one, the report page where organizers build it.");
        return app;
    }

    private static async Task<Results<Ok<ForumReport>, FileContentHttpResult, ProblemHttpResult>> Get(int forumId, HttpRequest request, ClaimsPrincipal user,
        ForumAccess access, ForumFigures figures, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var report = await figures.BuildAsync(forumId, await access.IsOrganizerAsync(user, forumId), ct);
        if (report is null)
        {
            return ApiProblems.NotFound("forum", forumId);
        }
        if (WantsCsv(request))
        {
            return TypedResults.File(ReportCsv.Write(report, l), "text/csv; charset=utf-8", $"report-forum-{forumId}.csv");
        }
        return TypedResults.Ok(report);
    }

    /// <summary>CSV when the caller prefers it to JSON by the Accept header's quality values.</summary>
    private static bool WantsCsv(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return false;
        double Quality(string type) => accept.Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        var csv = Quality("text/csv");
        return csv > 0 && csv > Math.Max(Quality("application/json"), Quality("*/*"));
    }

    private static async Task<Results<FileContentHttpResult, RedirectHttpResult>> Pdf(int forumId, ReportDocuments documents, CancellationToken ct)
    {
        if (await documents.LatestPdfAsync(forumId, ct) is not { } latest)
        {
            // Nothing built yet: the report page, where the PDF is built and its progress shown.
            return TypedResults.Redirect($"/forums/{forumId}/report#report-pdf");
        }
        return TypedResults.File(latest.Pdf, PdfContentType, $"report-forum-{forumId}.pdf", lastModified: new DateTimeOffset(latest.CompletedAtUtc));
    }
}
