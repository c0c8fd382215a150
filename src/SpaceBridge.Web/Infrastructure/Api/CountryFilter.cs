namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>The <c>country</c> filter: an ISO 3166-1 alpha-2 code, any case.</summary>
public static class CountryFilter
{
    public static string? Parse(string? country, QueryErrors errors)
    {
        if (string.IsNullOrEmpty(country))
        {
            return null;
        }
        if (country.Length != 2 || !country.All(char.IsAsciiLetter))
        {
            errors.Add("country", $"country must be an ISO 3166-1 alpha-2 code such as KR or US; got '{country}'.");
            return null;
        }
        return country.ToUpperInvariant();
    }
}
