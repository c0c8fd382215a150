namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>Settings of the public response cache: section <c>PublicCache</c>.</summary>
public sealed class PublicCacheOptions
{
    public const string Section = "PublicCache";

    public bool Enabled { get; set; } = true;

    /// <summary>How often a node reads the content versions; an edit on another node is visible within about this.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long an answer is kept when nothing is edited: what no content version covers (registration windows,
    /// counts) is at most this old.
    /// </summary>
    public TimeSpan EntryLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Without a successful poll for this long a node stops serving from the cache (it could be stale).</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(2);

    public long SizeLimitBytes { get; set; } = 64L * 1024 * 1024;
}
