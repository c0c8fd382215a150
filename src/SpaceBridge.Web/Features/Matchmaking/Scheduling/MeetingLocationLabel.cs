using Microsoft.Extensions.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Meeting locations keep one stored name in every language (tables "T1", "T2"; booths "Booth KARI"), the name the
/// scheduler's instance files and e-mails use. Pages show a booth's name in the reader's language.
/// </summary>
public static class MeetingLocationLabel
{
    private const string BoothPrefix = "Booth ";

    /// <summary>The stored name of the booth of an organization (its acronym or name).</summary>
    public static string BoothName(string organization) => BoothPrefix + organization;

    public static string Of(IStringLocalizer localizer, string name) =>
        name.StartsWith(BoothPrefix, StringComparison.Ordinal) && name.Length > BoothPrefix.Length
            ? localizer["Matchmaking.Location.Booth", name[BoothPrefix.Length..]]
            : name;

    public static string Of(IStringLocalizer localizer, MeetingLocation location) => Of(localizer, location.Name);
}
