using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>How a participant is shown to the other side of a meeting: name, organization, country. Never e-mail.</summary>
public sealed record Counterpart(int RegistrationId, string RomanizedName, string? HangulName, string OrganizationName,
    BilingualText? Organization, string CountryCode, BilingualText? Country)
{
    public string Name(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ko" ? HangulName ?? RomanizedName : RomanizedName;

    public string OrganizationIn(CultureInfo culture) => Organization?.In(culture) ?? OrganizationName;

    public string CountryIn(CultureInfo culture) => Country?.In(culture) ?? CountryCode;

    public string Describe(CultureInfo culture) => $"{Name(culture)} ({OrganizationIn(culture)}, {CountryIn(culture)})";
}

public static class Counterparts
{
    public static async Task<Dictionary<int, Counterpart>> DescribeAsync(AppDbContext db, IEnumerable<int> registrationIds, CancellationToken ct)
    {
        var ids = registrationIds.Distinct().ToList();
        return await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                r.Id, r.RomanizedName, r.HangulName, r.OrganizationName, r.CountryCode,
                HasOrganization = r.OrganizationId != null,
                OrganizationEn = r.Organization!.Name.En, OrganizationKo = r.Organization!.Name.Ko,
                CountryEn = r.Country.Name.En, CountryKo = r.Country.Name.Ko,
            })
            .ToDictionaryAsync(r => r.Id, r => new Counterpart(r.Id, r.RomanizedName, r.HangulName, r.OrganizationName,
                r.HasOrganization ? new BilingualText(r.OrganizationEn, r.OrganizationKo) : null, r.CountryCode,
                new BilingualText(r.CountryEn, r.CountryKo)), ct);
    }
}
