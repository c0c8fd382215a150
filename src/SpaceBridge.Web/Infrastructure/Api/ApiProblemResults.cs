using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>
/// Every endpoint is mapped on one root group (<see cref="MapEndpointRoot"/>) that carries the API's shared
/// conventions, so a new endpoint gets them without asking: enum parameters and text are checked
/// (<see cref="RequestValidation"/>), and an API endpoint that answers with a ProblemDetails body in any typed result
/// (<c>TypedResults.NotFound(new ProblemDetails ...)</c> writes plain application/json) is answered through the
/// ProblemDetails service instead, as application/problem+json with type, instance and traceId (validation problems
/// too, which are problem+json already but lack those).
/// </summary>
public static class ApiProblemResults
{
    public static RouteGroupBuilder MapEndpointRoot(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("");
        // Outermost, so the refusals of the filters inside (request validation among them) are converted too.
        root.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            return ApiPaths.IsApi(context.HttpContext.Request) ? AsProblem(result) : result;
        });
        root.AddEndpointFilterFactory(RequestValidation.DefinedEnumArguments);
        root.AddEndpointFilterFactory(PlainText.Arguments);
        return root;
    }

    /// <summary>The same answer as application/problem+json when it carries a ProblemDetails but would not be written as one.</summary>
    public static object? AsProblem(object? answer)
    {
        // Results<A, B> wraps the result the handler chose.
        var result = answer is INestedHttpResult nested ? nested.Result : answer;
        if (result is ProblemHttpResult
            || result is not IValueHttpResult { Value: ProblemDetails problem }
            || result is not IStatusCodeHttpResult { StatusCode: { } status })
        {
            return answer;
        }
        problem.Status ??= status;
        return TypedResults.Problem(problem);
    }
}
