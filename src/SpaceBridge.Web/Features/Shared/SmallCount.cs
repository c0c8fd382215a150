using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SpaceBridge.Web.Features.Shared;

/// <summary>
/// The one privacy rule for published figures: organizers see every count; anyone else sees counts of five or more,
/// and "fewer than 5" for the rest (zero included), so nobody can pick out a handful of people or organizations.
/// </summary>
public static class SmallCount
{
    public const int Threshold = 5;

    /// <summary>The count as the audience may see it: null stands for "fewer than 5".</summary>
    public static int? Visible(int count, bool exact) => exact || count >= Threshold ? count : null;

    /// <summary>The count for a page or a PDF: the number, or "fewer than 5" in the reader's language.</summary>
    public static string Display(int? visible, IStringLocalizer localizer) =>
        visible is { } n ? n.ToString("N0", CultureInfo.CurrentCulture) : localizer["Privacy.FewerThan5"];

    /// <summary>The count for a CSV file or plain text, in invariant form.</summary>
    public static string Plain(int? visible) => visible is { } n ? n.ToString(CultureInfo.InvariantCulture) : "fewer than 5";
}
