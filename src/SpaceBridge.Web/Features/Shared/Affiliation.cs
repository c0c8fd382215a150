using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Shared;

public static class Affiliation
{
    /// <summary>
    /// Position and organization in the reader's language, without saying the same name twice
    /// (many positions in the record are just the organization's name).
    /// </summary>
    public static string Of(BilingualText position, BilingualText? organization)
    {
        var p = position.Current;
        var o = organization?.Current ?? "";
        if (p.Contains(o, StringComparison.OrdinalIgnoreCase))
        {
            return p;
        }
        return o.Contains(p, StringComparison.OrdinalIgnoreCase) ? o : $"{p}, {o}";
    }
}
