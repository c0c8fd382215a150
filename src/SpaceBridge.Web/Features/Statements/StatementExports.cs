using SpaceBridge.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>The public downloads of an adopted statement; a draft does not exist here (404).</summary>
public static class StatementExports
{
    public static IEndpointRouteBuilder MapStatementExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/statements").WithTags("Statements");
        group.MapGet("/{id:int}.pdf", Pdf).WithName("GetStatementPdf")
            .WithSummary("The adopted statement as PDF: English and Korean side by side, signatories, page numbers.")
            .ProducesFile("application/pdf").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}.akn.xml", AkomaNtoso).WithName("GetStatementAkomaNtoso")
            .WithSummary("The adopted statement as Akoma Ntoso 1.0 XML (document type statement, an expression per language).")
            .ProducesFile("application/akn+xml").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Pdf(int id, StatementPublication publication, CancellationToken ct)
    {
        var p = await publication.FindAsync(id, ct);
        return p is null ? TypedResults.NotFound() : TypedResults.File(publication.Pdf(p), "application/pdf", $"statement-{id}.pdf");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> AkomaNtoso(int id, StatementPublication publication, CancellationToken ct)
    {
        var p = await publication.FindAsync(id, ct);
        return p is null ? TypedResults.NotFound() : TypedResults.File(await publication.AkomaNtosoAsync(p, ct), "application/akn+xml", $"statement-{id}.akn.xml");
    }
}
