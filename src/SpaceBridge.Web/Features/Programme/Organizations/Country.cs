using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Organizations;

public class Country
{
    /// <summary>ISO 3166-1 alpha-2 code, e.g. KR, US.</summary>
    public required string Code { get; set; }
    public BilingualText Name { get; set; } = new();
}
