using Microsoft.AspNetCore.Http.HttpResults;

namespace SpaceBridge.Web.Infrastructure.Api;

public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what, int id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: $"There is no {what} with id {id}.");
}
