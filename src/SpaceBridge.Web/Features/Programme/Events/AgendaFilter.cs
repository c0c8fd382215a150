using System.Globalization;
using SpaceBridge.Web.Features.Programme.Sessions;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>
/// The agenda's query string, checked against what the event offers. Values that do not match
/// (a day outside the event, an unknown topic, kind or room) are dropped and listed in
/// <see cref="Ignored"/> so the page can say so instead of failing.
/// </summary>
public sealed record AgendaFilter(DateOnly Day, string? Topic, SessionKind? Kind, int? RoomId, IReadOnlyList<(string Field, string Value)> Ignored)
{
    public bool IsFiltered => Topic is not null || Kind is not null || RoomId is not null;

    public static AgendaFilter Parse(
        string? day, string? topic, string? kind, string? room,
        IReadOnlyList<DateOnly> days, IEnumerable<TopicRef> topics, IEnumerable<SessionKind> kinds, IEnumerable<RoomRef> rooms)
    {
        var ignored = new List<(string, string)>();

        T? Check<T>(string field, string? raw, Func<string, T?> match)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                return default;
            }
            var value = match(raw.Trim());
            if (value is null)
            {
                ignored.Add((field, raw));
            }
            return value;
        }

        var selectedDay = Check<DateOnly?>("day", day, d =>
            DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && days.Contains(parsed)
                ? parsed : null);
        var selectedTopic = Check("topic", topic, t => topics.FirstOrDefault(x => x.Slug.Equals(t, StringComparison.OrdinalIgnoreCase))?.Slug);
        var selectedKind = Check<SessionKind?>("kind", kind, k => kinds.Select(x => (SessionKind?)x)
            .FirstOrDefault(x => x.ToString()!.Equals(k, StringComparison.OrdinalIgnoreCase)));
        var selectedRoom = Check<int?>("room", room, r =>
            int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && rooms.Any(x => x.Id == id) ? id : null);

        return new AgendaFilter(selectedDay ?? days[0], selectedTopic, selectedKind, selectedRoom, ignored);
    }
}
