namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>
/// The version of what the public sees of one forum (<see cref="Scope"/> = forum id), or of everything
/// (<see cref="EveryForum"/>), set to a new value in the same transaction as every change to published content.
/// Each node polls these rows and evicts its cached public answers of a scope whose value changed.
/// </summary>
public class ContentVersion
{
    /// <summary>Content that belongs to no one forum (people, organizations, new forums): every cached answer goes.</summary>
    public const int EveryForum = 0;

    public int Scope { get; set; }

    /// <summary>A new random value on each change (not a counter, so two writers never set the same value).</summary>
    public long Version { get; set; }

    public long ChangedAtUnixMs { get; set; }
}
