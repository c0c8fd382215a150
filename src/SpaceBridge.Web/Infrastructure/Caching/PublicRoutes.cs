using System.Text.RegularExpressions;

namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>
/// The public read routes whose anonymous answers are cached: pages, the read API and the iCalendar and Atom exports.
/// A route is listed here only when its anonymous answer depends on nothing but the address, the language and
/// published content (no form, no token, nothing personal). A forum or event id in the address ties the answer to
/// that forum, so an edit elsewhere leaves it cached.
/// </summary>
public static partial class PublicRoutes
{
    public readonly record struct Match(int? ForumId, int? EventId);

    [GeneratedRegex("""
        ^/(?:
            |about
            |events/(?<event>[0-9]{1,9})(?:/(?:agenda|agenda\.ics|speakers|organizations|exhibition))?
            |sessions/[0-9]{1,9}(?:\.ics)?
            |statements/[0-9]{1,9}
            |forums/(?<forum>[0-9]{1,9})/(?:news|news/[0-9]{1,9}|news\.atom|statements|agenda\.ics)
            |api/v1/(?:
                forums|forums/(?<forum>[0-9]{1,9})|forums/(?<forum>[0-9]{1,9})/statements
                |events|events/(?<event>[0-9]{1,9})|events/(?<event>[0-9]{1,9})/(?:sessions|exhibitors)
                |sessions/[0-9]{1,9}|statements/[0-9]{1,9}
                |people|people/[0-9]{1,9}|organizations|organizations/[0-9]{1,9})
        )/?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();

    public static bool TryMatch(PathString path, out Match match)
    {
        match = default;
        var m = Pattern().Match(path.Value is { Length: > 0 } value ? value : "/");
        if (!m.Success)
        {
            return false;
        }
        match = new Match(Number(m.Groups["forum"]), Number(m.Groups["event"]));
        return true;
    }

    // [0-9], not \d: \d also matches other scripts' digits (e.g. "１"), which int.Parse refuses.
    private static int? Number(Group group) => group.Success ? int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
