using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>A supply-chain change the caller can act on: a capability or declaration that is not there, or still in use.</summary>
public sealed class SupplyChainRefused(int statusCode, string title, string detail, string messageKey) : Exception(detail), IDomainRefusal
{
    public int StatusCode { get; } = statusCode;
    public string Title { get; } = title;
    public string Detail { get; } = detail;
    /// <summary>The resource key of the message pages show.</summary>
    public string MessageKey { get; } = messageKey;

    public static SupplyChainRefused NoSuchCapability() =>
        new(StatusCodes.Status404NotFound, "Not found", "The forum has no such capability.", "SupplyChain.Error.NoSuchCapability");

    public static SupplyChainRefused CapabilityInUse() =>
        new(StatusCodes.Status409Conflict, "Capability in use", "Organizations still declare this capability; it stays in the taxonomy.", "SupplyChain.Error.InUse");

    public static SupplyChainRefused NoSuchDeclaration() =>
        new(StatusCodes.Status404NotFound, "Not found", "The organization has no such declaration.", "SupplyChain.Error.NoSuchDeclaration");
}
