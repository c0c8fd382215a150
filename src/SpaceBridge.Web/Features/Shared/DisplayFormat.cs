using System.Globalization;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Programme.Events;

namespace SpaceBridge.Web.Features.Shared;

/// <summary>How dates, times, zones and enum values read on the public pages, in the reader's culture.</summary>
public static class DisplayFormat
{
    public static string Date(this IStringLocalizer localizer, DateOnly date) =>
        date.ToString(localizer["Format.Date"].Value, CultureInfo.CurrentCulture);

    public static string Date(this IStringLocalizer localizer, DateTimeOffset local) =>
        Date(localizer, DateOnly.FromDateTime(local.DateTime));

    public static string DateRange(this IStringLocalizer localizer, DateOnly start, DateOnly end) =>
        start == end ? Date(localizer, start) : $"{Date(localizer, start)} – {Date(localizer, end)}";

    public static string Time(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string TimeRange(DateTimeOffset start, DateTimeOffset end) => $"{Time(start)}–{Time(end)}";

    /// <summary>Display name of an enum value from the resources, e.g. key "SessionKind.Panel".</summary>
    public static string Display<TEnum>(this IStringLocalizer localizer, TEnum value) where TEnum : struct, Enum =>
        localizer[$"{typeof(TEnum).Name}.{value}"];

    /// <summary>The event's zone as readers see it, e.g. "Asia/Seoul (UTC+09:00)".</summary>
    public static string ZoneLabel(this Event ev, DateTime utc) =>
        $"{ev.TimeZoneId} (UTC{ev.ToLocal(utc).ToString("zzz", CultureInfo.InvariantCulture)})";

    /// <summary>Machine-readable instant for the datetime attribute of a time element.</summary>
    public static string Iso(DateTimeOffset local) => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
