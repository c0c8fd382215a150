using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>
/// An initiative the caller may not see (answered as not found, so nobody learns it exists), may see but not change
/// (403), or that changed since the caller read it (412 on the API, a message on the page).
/// </summary>
public sealed class InitiativeRefused(int statusCode, string title, string detail) : Exception(detail), IDomainRefusal
{
    public int StatusCode { get; } = statusCode;
    public string Title { get; } = title;
    public string Detail { get; } = detail;

    public static InitiativeRefused NotFound() =>
        new(StatusCodes.Status404NotFound, "Not found", "There is no such initiative among those you may see.");

    public static InitiativeRefused NotAParty() =>
        new(StatusCodes.Status403Forbidden, "Not a party", "Only the members of an initiative's parties may change it.");

    public static InitiativeRefused Changed() =>
        new(StatusCodes.Status412PreconditionFailed, "The initiative changed", "Someone changed the initiative since you read it; read it again and repeat your change.");
}
