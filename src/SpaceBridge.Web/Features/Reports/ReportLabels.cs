using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>Row labels in the reader's language (or a given one, for the bilingual PDF).</summary>
public static class ReportLabels
{
    public static string Of(ReportRow row, IStringLocalizer localizer, CultureInfo culture)
    {
        if (row.Name is { } name) return name.In(culture);
        if (row.LabelKey is { } key) return InCulture(culture, () => localizer[key].Value);
        return row.Key;
    }

    public static string Title(ReportSection section, IStringLocalizer localizer, CultureInfo culture) =>
        InCulture(culture, () => localizer[section.TitleKey].Value);

    /// <summary>Runs a localizer lookup under another UI culture, as the resx localizer reads the current one.</summary>
    public static T InCulture<T>(CultureInfo culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
