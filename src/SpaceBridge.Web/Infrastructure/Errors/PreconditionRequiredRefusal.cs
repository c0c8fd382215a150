namespace SpaceBridge.Web.Infrastructure.Errors;

/// <summary>An API write that changes an existing resource came without <c>If-Match</c> (428, RFC 6585).</summary>
public sealed class PreconditionRequiredRefusal()
    : Exception("If-Match is required."), IDomainRefusal
{
    public int StatusCode => StatusCodes.Status428PreconditionRequired;

    public string Title => "If-Match is required.";

    public string Detail => "Send the ETag of the version you read in If-Match (or * to change whatever version is current).";
}
