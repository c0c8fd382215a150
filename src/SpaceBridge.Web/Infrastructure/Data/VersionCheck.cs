using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Infrastructure.Data;

/// <summary>
/// Which versions of a resource a write may change (decision 008): the version a form was loaded with, the versions an
/// API client's <c>If-Match</c> names, or any (<c>If-Match: *</c>). A write that finds another version is refused with
/// <see cref="StaleVersionRefusal"/> and saves nothing.
/// </summary>
public sealed class VersionCheck
{
    private readonly IReadOnlySet<int>? _versions;

    private VersionCheck(IReadOnlySet<int>? versions) => _versions = versions;

    /// <summary><c>If-Match: *</c>: any current version of an existing resource.</summary>
    public static readonly VersionCheck Any = new(null);

    public static VersionCheck Exactly(int version) => new(new HashSet<int> { version });

    public static VersionCheck OneOf(IEnumerable<int> versions) => new(versions.ToHashSet());

    public bool Matches(int current) => _versions is null || _versions.Contains(current);

    public void Ensure(string what, int current)
    {
        if (!Matches(current))
        {
            throw new StaleVersionRefusal(what, current);
        }
    }
}
