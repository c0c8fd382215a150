using System.Globalization;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>Entries of one country; a null country collects entries whose country is not known.</summary>
public sealed record CountryGroup<T>(string? Code, BilingualText? Name, IReadOnlyList<T> Items)
{
    /// <summary>Groups by country, countries in the reader's alphabetical order, the unknown country last.</summary>
    public static IReadOnlyList<CountryGroup<T>> Build(IEnumerable<T> items, Func<T, (string? Code, BilingualText? Name)> country)
    {
        var compare = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        return items
            .GroupBy(i => country(i).Code)
            .Select(g => new CountryGroup<T>(g.Key, country(g.First()).Name, g.ToList()))
            .OrderBy(g => g.Code is null)
            .ThenBy(g => g.Name?.Current ?? "", compare)
            .ToList();
    }
}
