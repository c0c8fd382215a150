using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Sessions;

public class Topic
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public required string Slug { get; set; }
    public BilingualText Name { get; set; } = new();
    public List<Session> Sessions { get; set; } = [];
}
