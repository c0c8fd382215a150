using System.Text.RegularExpressions;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Registrations.Import;

/// <summary>
/// The registration import's upload limit (<see cref="UploadLimits"/>): the page and the API refuse uploads over
/// <see cref="MaxRequestBytes"/> before anything reads the body.
/// </summary>
public static partial class UploadSizeLimit
{
    /// <summary>The file limit plus room for the multipart envelope and the form's other fields.</summary>
    public const long MaxRequestBytes = RegistrationImporter.MaxFileBytes + 64 * 1024;

    [GeneratedRegex(@"^/organizer/events/(?<id>\d+)/import/?$", RegexOptions.IgnoreCase)]
    private static partial Regex PagePath();

    [GeneratedRegex(@"^/api/v1/events/\d+/registrations/import/?$", RegexOptions.IgnoreCase)]
    private static partial Regex ApiPath();

    public static readonly UploadLimit Limit = new(PagePath(), ApiPath(), MaxRequestBytes,
        eventId => $"/organizer/events/{eventId}/import?tooLarge=true",
        () => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large",
            detail: $"Import files may be at most {RegistrationImporter.MaxFileBytes / (1024 * 1024)} MB.",
            extensions: new Dictionary<string, object?> { ["code"] = ImportErrorCodes.TooLarge }));
}
