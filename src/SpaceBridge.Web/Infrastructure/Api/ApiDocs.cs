using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>The OpenAPI document (/openapi/v1.json) and its browsable reference page (/api/docs).</summary>
public static class ApiDocs
{
    public const string ReferencePath = "/api/docs";

    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "SpaceBridge API";
            document.Info.Description = "Read access to forums, events, agendas, people and organizations. "
                + "Errors are RFC 9457 ProblemDetails; bilingual fields carry English (en) and Korean (ko).";
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                if (ParameterNotes.TryGetValue(parameter.Name ?? "", out var note) && parameter.Schema is OpenApiSchema schema)
                {
                    parameter.Description = note.Description;
                    schema.Minimum = note.Minimum;
                    schema.Maximum = note.Maximum;
                }
            }
            return Task.CompletedTask;
        }));

    private static readonly Dictionary<string, (string Description, string Minimum, string? Maximum)> ParameterNotes = new()
    {
        ["page"] = ("Page number, from 1 (default 1).", "1", null),
        ["pageSize"] = ($"Items per page, 1 to {PageRequest.MaxPageSize} (default {PageRequest.DefaultPageSize}).", "1", PageRequest.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        // The package serves its own scalar.js next to the page; fonts, telemetry and the hosted agent
        // would call out to the internet, so they stay off and the page works offline.
        app.MapScalarApiReference(ReferencePath, o => o
                .WithTitle("SpaceBridge API reference")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp())
            .AllowAnonymous();
        return app;
    }
}
