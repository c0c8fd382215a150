namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>The tags cached answers carry, by which an edit evicts them.</summary>
public static class PublicCacheTags
{
    /// <summary>Every cached answer.</summary>
    public const string All = "public";

    /// <summary>Answers tied to no one forum (home page, lists of forums, people, organizations, sessions by id).</summary>
    public const string Site = "public:site";

    public static string Forum(int forumId) => $"public:forum:{forumId}";
}
