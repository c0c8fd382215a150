using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Shared.Forms;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Sessions;

/// <summary>The session form: day, start and end in the event's time zone; people as rows of person and role.</summary>
public sealed class SessionForm
{
    public const int PeopleRows = 6;

    [RequiredInForm] public SessionKind Kind { get; set; } = SessionKind.TopicalPresentation;
    public string? TitleEn { get; set; }
    public string? TitleKo { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionKo { get; set; }
    public int? RoomId { get; set; }
    [RequiredInForm] public DateOnly? Day { get; set; }
    [RequiredInForm] public TimeOnly? Start { get; set; }
    [RequiredInForm] public TimeOnly? End { get; set; }
    public List<int> TopicIds { get; set; } = [];
    public List<PersonRow> People { get; set; } = [];
    public bool Published { get; set; }
    public int Version { get; set; }

    public static SessionForm From(Session s, Event ev)
    {
        var start = ev.ToLocal(s.StartsAtUtc);
        return new SessionForm
        {
            Kind = s.Kind, TitleEn = s.Title.En, TitleKo = s.Title.Ko, DescriptionEn = s.Description.En, DescriptionKo = s.Description.Ko,
            RoomId = s.RoomId, Day = DateOnly.FromDateTime(start.DateTime), Start = TimeOnly.FromDateTime(start.DateTime),
            End = TimeOnly.FromDateTime(ev.ToLocal(s.EndsAtUtc).DateTime), TopicIds = [.. s.Topics.Select(t => t.Id)],
            People = [.. s.People.OrderBy(p => p.Order).Select(p => new PersonRow { PersonId = p.PersonId, Role = p.Role })],
            Published = s.Published, Version = s.Version,
        };
    }

    /// <summary>Pads the people rows so the form always offers a few empty ones.</summary>
    public SessionForm WithEmptyRows()
    {
        while (People.Count < PeopleRows || People.Count(p => p.PersonId is null) < 2)
        {
            People.Add(new PersonRow());
        }
        return this;
    }

    public SessionEdit ToEdit(Event ev)
    {
        var day = Day ?? ev.StartDate;
        var startsAt = ev.ToUtc(day, Start ?? TimeOnly.MinValue);
        // An end at or before the start on the same day is left for the editor to refuse, not moved to the next day.
        var endsAt = ev.ToUtc(day, End ?? TimeOnly.MinValue);
        return new SessionEdit(Kind, new BilingualText(TitleEn, TitleKo), startsAt, endsAt, RoomId,
            [.. People.Where(p => p.PersonId is not null).Select(p => (p.PersonId!.Value, p.Role))])
        {
            Description = new BilingualText(DescriptionEn, DescriptionKo),
            TopicIds = TopicIds,
            Published = Published,
        };
    }

    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["StartsAt"] = nameof(Start),
        ["EndsAt"] = nameof(End),
        ["PersonIds"] = nameof(People),
        ["SessionId"] = "",
    };
}

public sealed class PersonRow
{
    public int? PersonId { get; set; }
    public SessionRole Role { get; set; } = SessionRole.Speaker;
}

/// <summary>What the session form's fields need besides the form: the event's rooms, topics and the forum's people.</summary>
public sealed record SessionFormView(SessionForm Input, Event Event, IReadOnlyList<Room> Rooms, IReadOnlyList<Topic> Topics, IReadOnlyList<Person> People);
