using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Registrations.Organizations;

/// <summary>A decision on a proposal that cannot be made: it was decided or changed meanwhile (stale version).</summary>
public sealed class ProposalRefused(int statusCode, string title, string detail) : Exception(detail), IDomainRefusal
{
    public int StatusCode { get; } = statusCode;
    public string Title { get; } = title;
    public string Detail { get; } = detail;

    public static ProposalRefused Stale(int id) => new(StatusCodes.Status412PreconditionFailed, "Precondition failed",
        $"Organization proposal {id} changed since it was read; read it again and decide on what it now says.");

    public static ProposalRefused Decided(int id) => new(StatusCodes.Status409Conflict, "Already decided",
        $"Organization proposal {id} has already been decided.");
}
