using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.Import;

/// <summary>
/// Programme sheets are read into memory up to <see cref="ProgrammeImporter.MaxFileBytes"/>. Larger uploads are refused
/// before anything reads the body (<see cref="UploadLimits"/>): the API answers 413 with a ProblemDetails, the page
/// redirects back to itself with a message.
/// </summary>
public static partial class ProgrammeUpload
{
    /// <summary>
    /// The page's import step posts the checked file back as base64 (a third larger), plus room for the multipart
    /// envelope and the form's other fields.
    /// </summary>
    public const long MaxRequestBytes = ProgrammeImporter.MaxFileBytes * 4 / 3 + 128 * 1024;

    /// <summary>The file's bytes, or null when it is larger than the limit.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > ProgrammeImporter.MaxFileBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    [GeneratedRegex(@"^/organizer/events/(?<id>\d+)/sessions/import/?$", RegexOptions.IgnoreCase)]
    private static partial Regex PagePath();

    [GeneratedRegex(@"^/api/v1/events/\d+/sessions/import/?$", RegexOptions.IgnoreCase)]
    private static partial Regex ApiPath();

    public static readonly UploadLimit Limit = new(PagePath(), ApiPath(), MaxRequestBytes,
        eventId => $"/organizer/events/{eventId}/sessions/import?tooLarge=true", () => TooLarge());

    public static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large",
            detail: $"Programme sheets may be at most {ProgrammeImporter.MaxFileBytes / (1024 * 1024)} MB.",
            extensions: new Dictionary<string, object?> { ["code"] = ProgrammeImportErrorCodes.TooLarge });
}
