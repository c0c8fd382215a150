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
            document.Info.Description = "Forums, events, agendas, people and organizations to read; registration, check-in and "
                + "matchmaking for signed-in participants and organizers. Errors are RFC 9457 ProblemDetails; bilingual fields "
                + "carry English (en) and Korean (ko).";
            // The server URL comes from the request (e.g. "https://host/"); with the trailing slash, clients would call "//api".
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
            }
            return Task.CompletedTask;
        }).AddApiSecurity().AddOperationTransformer((operation, _, _) =>
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

    /// <summary>One line per tag that the endpoints use (WithTags), shown as the sections of the reference page.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Accounts"] = "Bearer tokens and the signed-in user's forum roles.",
        ["Forums"] = "Forums: a series of events run by co-hosts.",
        ["Events"] = "Events (symposia) of a forum, with hosts, venue and topics.",
        ["Sessions"] = "The agenda: sessions of an event with rooms, topics and people.",
        ["People"] = "Speakers, moderators and panelists.",
        ["Organizations"] = "Organizations taking part, with their people.",
        ["Calendar"] = "iCalendar files of agendas and of a participant's personal agenda.",
        ["Registrations"] = "Registering for an event; the organizers' review, import and export.",
        ["Check-in"] = "Badge scans at the check-in desk and session doors; live attendance.",
        ["Matchmaking"] = "Partner recommendations and cooperation opportunities.",
        ["Meeting requests"] = "One-to-one meeting requests, the personal agenda and meeting feedback.",
        ["Matchmaking schedule"] = "Organizers' scheduler runs and publishing the meeting schedule.",
        ["Exhibition"] = "Exhibitors and their booths on the hall plan; lead scanning at the booth.",
        ["Statements"] = "Joint statements: bilingual clauses, versions, comments and the co-hosts' approvals.",
        ["Initiatives"] = "The cooperation pipeline: initiatives between organizations and their timeline.",
        ["News"] = "The press room: news items, attachments and the Atom feed.",
        ["Supply chain"] = "The forum's capability taxonomy, who supplies and depends on what, and single-country dependencies with alternatives.",
        ["Reports"] = "The forum's figures as JSON or CSV: registrations, check-ins, meetings, feedback, pipeline and surveys.",
    };

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
