using System.Globalization;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.Badges;

/// <summary>Badges are printed in English and Korean at once, whatever the reader's language.</summary>
public sealed class BadgeLabels(IStringLocalizer<SharedResource> l)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko");

    public string TypeName(ParticipantType type) => Both($"Badge.Type.{type}");

    public static string Dates(DateOnly start, DateOnly end)
    {
        var en = start == end
            ? start.ToString("d MMMM yyyy", English)
            : $"{start.ToString("d MMMM", English)} – {end.ToString("d MMMM yyyy", English)}";
        var ko = start == end
            ? start.ToString("yyyy년 M월 d일", Korean)
            : $"{start.ToString("yyyy년 M월 d일", Korean)} – {end.ToString("M월 d일", Korean)}";
        return $"{en} · {ko}";
    }

    private string Both(string key)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = English;
            string en = l[key];
            CultureInfo.CurrentUICulture = Korean;
            string ko = l[key];
            return en == ko ? en : $"{en} · {ko}";
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
