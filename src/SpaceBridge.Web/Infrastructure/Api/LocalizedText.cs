using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>Bilingual content as the API returns it: both languages, either may be missing.</summary>
public sealed record LocalizedText(string? En, string? Ko);

public static class LocalizedTextMapping
{
    public static LocalizedText ToDto(this BilingualText text) => new(text.En, text.Ko);
}
