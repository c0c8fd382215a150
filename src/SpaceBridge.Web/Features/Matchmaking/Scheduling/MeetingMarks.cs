using SpaceBridge.Scheduling.Model;
using SpaceBridge.Web.Features.Matchmaking.Requests;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>A request's marks as the scheduler's preferences.</summary>
public static class MeetingMarks
{
    public static MeetingPreference ToSolver(this MeetingMark mark) => mark switch
    {
        MeetingMark.MustMeet => MeetingPreference.MustMeet,
        MeetingMark.Optional => MeetingPreference.Optional,
        _ => MeetingPreference.Meet,
    };
}
