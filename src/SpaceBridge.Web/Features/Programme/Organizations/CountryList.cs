using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Organizations;

/// <summary>The ISO 3166-1 countries with their English and Korean names, from the platform's ICU culture data.</summary>
public static class CountryList
{
    private static readonly Lazy<IReadOnlyList<Country>> All = new(Read);

    /// <summary>Every officially assigned country, ordered by code.</summary>
    public static IReadOnlyList<Country> Countries => All.Value;

    /// <summary>The countries in the reader's language, sorted by that language's collation.</summary>
    public static IReadOnlyList<(string Code, string Name)> Sorted(CultureInfo culture)
    {
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        return Countries.Select(c => (c.Code, Name: c.Name.In(culture))).OrderBy(c => c.Name, comparer).ToList();
    }

    /// <summary>
    /// Adds the countries the Countries table lacks. Names already stored are kept: a forum may name a country as its
    /// protocol does ("Republic of Korea" where the culture data says "South Korea"). Codes are never removed.
    /// </summary>
    public static async Task SyncAsync(AppDbContext db, CancellationToken ct = default)
    {
        var stored = (await db.Countries.Select(c => c.Code).ToListAsync(ct)).ToHashSet();
        var missing = Countries.Where(c => !stored.Contains(c.Code)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        db.Countries.AddRange(missing.Select(c => new Country { Code = c.Code, Name = new BilingualText(c.Name.En, c.Name.Ko) }));
        await db.SaveChangesAsync(ct);
    }

    private static IReadOnlyList<Country> Read()
    {
        var icu = IcuRegions.Load();
        return icu.OfficialCodes().Order(StringComparer.Ordinal)
            .Select(code => new Country { Code = code, Name = new BilingualText(icu.DisplayName(code, "en"), icu.DisplayName(code, "ko")) })
            .ToList();
    }
}
