using SpaceBridge.Web.Features.Programme.People;

namespace SpaceBridge.Web.Features.Programme.Sessions;

public class SessionPerson
{
    public int SessionId { get; set; }
    public Session Session { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public SessionRole Role { get; set; }
    public int Order { get; set; }
}
