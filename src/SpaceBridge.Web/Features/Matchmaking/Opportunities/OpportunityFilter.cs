using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>What a reader searches the forum's open opportunities for; every part is optional.</summary>
public sealed record OpportunityFilter(
    string? Q = null,
    OpportunityDirection? Direction = null,
    OpportunityKind? Kind = null,
    CapabilityArea? Area = null,
    string? Country = null)
{
    public const int MaxQueryLength = 200;

    /// <summary>Reads the API's query parameters; anything not understood is reported, never silently dropped.</summary>
    public static OpportunityFilter Parse(string? q, string? direction, string? kind, string? area, string? country, QueryErrors errors)
    {
        if (q is { Length: > MaxQueryLength })
        {
            errors.Add("q", $"q must be at most {MaxQueryLength} characters; got {q.Length}.");
        }
        return new OpportunityFilter(
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            ParseEnum<OpportunityDirection>("direction", direction, errors),
            ParseEnum<OpportunityKind>("kind", kind, errors),
            ParseEnum<CapabilityArea>("area", area, errors),
            CountryFilter.Parse(country, errors));
    }

    /// <summary>An enum by name, any case; numbers are refused so that "7" cannot slip in as an undefined value.</summary>
    public static T? ParseEnum<T>(string name, string? value, QueryErrors? errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (value.All(char.IsAsciiLetter) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed))
        {
            return parsed;
        }
        errors?.Add(name, $"{name} must be one of {string.Join(", ", Enum.GetNames<T>())}; got '{value}'.");
        return null;
    }
}
