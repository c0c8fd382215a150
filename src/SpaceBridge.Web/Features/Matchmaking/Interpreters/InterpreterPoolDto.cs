namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

/// <summary>A pool as the API returns it; <see cref="Version"/> is also its ETag.</summary>
public sealed record InterpreterPoolDto(int Id, int EventId, string LanguageA, string LanguageB, int Count, int Version)
{
    public static InterpreterPoolDto From(EventInterpreterPool p) => new(p.Id, p.EventId, p.LanguageA, p.LanguageB, p.Count, p.Version);
}
