using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>Declarations the endpoints share so that their OpenAPI description says what they answer.</summary>
public static class ApiConventions
{
    /// <summary>A 200 whose body is a file in one of these media types (a binary string in the OpenAPI description).</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType, params string[] additionalContentTypes) =>
        builder.Produces(StatusCodes.Status200OK, typeof(Stream), contentType, additionalContentTypes);

    /// <summary>The 403 and 404 ProblemDetails of the route-bound organizer policies (Policies.OrganizerOfEvent and OrganizerOfSession).</summary>
    public static TBuilder ProducesOrganizerRefusals<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// Describes the body of an upload the handler reads itself: a CSV file as the multipart form field
    /// <paramref name="field"/> or as the whole text/csv body. Only the description: declaring it with Accepts would
    /// also make routing refuse other content types.
    /// </summary>
    public static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> CsvUploadBody(string field) => (operation, _, _) =>
    {
        var file = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        var form = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema> { [field] = file },
            Required = new HashSet<string> { field },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new() { Schema = form },
                ["text/csv"] = new() { Schema = file },
            },
        };
        return Task.CompletedTask;
    };
}
