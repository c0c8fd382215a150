using SpaceBridge.Web.Features.Programme.Events;

namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

/// <summary>
/// Interpreters of one language pair the organizers have for an event's meetings: <see cref="Count"/> of them free in
/// every meeting slot, so at most that many meetings between people who share no language (and need this pair) run at
/// once. One pool per pair and event; the pair is stored in the order of the language list.
/// </summary>
public class EventInterpreterPool
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public required string LanguageA { get; set; }
    public required string LanguageB { get; set; }
    /// <summary>Interpreters free in each meeting slot (0: none, the pair is known but cannot be served).</summary>
    public int Count { get; set; }
    /// <summary>Optimistic concurrency: the form's hidden version and the API's ETag.</summary>
    public int Version { get; set; }
}
