namespace SpaceBridge.Web.Features.Reports;

/// <summary>The organizers' live dashboard and the post-event report (page, PDF job, JSON and CSV).</summary>
public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ForumFigures>();
        services.AddScoped<ReportDocuments>();
        services.AddScoped<ReportPdf>();
        services.AddScoped<ReportPdfJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app) => app.MapReportsApi();
}
