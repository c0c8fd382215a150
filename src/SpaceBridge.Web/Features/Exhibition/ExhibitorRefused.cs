using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>
/// The caller is not on the exhibitor's staff (403), or there is no such exhibitor (404), or what it names on the
/// exhibitor does not exist (404).
/// </summary>
public sealed class ExhibitorRefused(int statusCode, string detail) : Exception(detail), IDomainRefusal
{
    public int StatusCode { get; } = statusCode;

    public string Title => StatusCode == StatusCodes.Status404NotFound ? "Not found" : "Forbidden";

    public string Detail => Message;

    public static ExhibitorRefused NoSuchExhibitor() => new(StatusCodes.Status404NotFound, "There is no such exhibitor.");

    public static ExhibitorRefused NotStaff() => new(StatusCodes.Status403Forbidden, "Only the exhibitor's staff may do this.");

    public static ExhibitorRefused NoSuchBooth() => new(StatusCodes.Status404NotFound, "The hall plan has no such booth.");

    public static ExhibitorRefused NoSuchLead() => new(StatusCodes.Status404NotFound, "The exhibitor has no such lead.");
}
