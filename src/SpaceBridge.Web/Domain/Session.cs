namespace SpaceBridge.Web.Domain;

public enum SessionKind
{
    OpeningRemarks,
    PolicyPresentation,
    Keynote,
    TopicalPresentation,
    Panel,
    Exhibition,
    PressConference,
    NetworkingDinner,
    SideMeeting,
}

public enum SessionRole { Speaker, Moderator, Panelist }

/// <summary>One item of an event's agenda. Times are instants in UTC.</summary>
public class Session
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public SessionKind Kind { get; set; }
    public BilingualText Title { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public int? RoomId { get; set; }
    public Room? Room { get; set; }
    public List<Topic> Topics { get; set; } = [];
    public List<SessionPerson> People { get; set; } = [];
}

public class SessionPerson
{
    public int SessionId { get; set; }
    public Session Session { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public SessionRole Role { get; set; }
    public int Order { get; set; }
}

public class Topic
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public required string Slug { get; set; }
    public BilingualText Name { get; set; } = new();
    public List<Session> Sessions { get; set; } = [];
}
