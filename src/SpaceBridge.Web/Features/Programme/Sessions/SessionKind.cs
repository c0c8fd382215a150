namespace SpaceBridge.Web.Features.Programme.Sessions;

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
