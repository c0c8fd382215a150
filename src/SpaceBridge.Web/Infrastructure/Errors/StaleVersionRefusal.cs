namespace SpaceBridge.Web.Infrastructure.Errors;

/// <summary>
/// A write named a version of a resource that is no longer current (someone else changed it): 412 on the API, a
/// message on the form. Nothing was saved.
/// </summary>
public sealed class StaleVersionRefusal(string what, int currentVersion)
    : Exception($"The {what} was changed by someone else (now version {currentVersion})."), IDomainRefusal
{
    public int CurrentVersion { get; } = currentVersion;

    public int StatusCode => StatusCodes.Status412PreconditionFailed;

    public string Title => "The resource was changed by someone else.";

    public string Detail => $"The {what} is now at version {CurrentVersion} (ETag \"{CurrentVersion}\"). Nothing was saved; load it again and repeat the change.";
}
