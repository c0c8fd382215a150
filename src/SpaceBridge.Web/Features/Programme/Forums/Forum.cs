using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>A multi-day forum made of several symposia (events).</summary>
public class Forum
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public BilingualText Name { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    public required string City { get; set; }
    public required string TimeZoneId { get; set; }
    /// <summary>Where the forum's public content comes from and under which licence.</summary>
    public string? SourceCredit { get; set; }
    public List<Event> Events { get; set; } = [];
    /// <summary>The co-host organizations of the forum; its organizers act for one of them.</summary>
    public List<ForumHost> Hosts { get; set; } = [];
    /// <summary>The forum's languages as ISO 639-1 codes, comma-separated in display order (e.g. "ko,en").</summary>
    public string Languages { get; set; } = "en,ko";
    /// <summary>Optimistic concurrency: increases with every change through the organizer workspace or the API.</summary>
    public int Version { get; set; }
}
