using SpaceBridge.Scheduling.Model;
using SpaceBridge.Web.Features.Matchmaking.Requests;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>A request's marks as the scheduler's preferences, and whether a request counts as must-meet.</summary>
public static class MeetingMarks
{
    public static MeetingPreference ToSolver(this MeetingMark mark) => mark switch
    {
        MeetingMark.MustMeet => MeetingPreference.MustMeet,
        MeetingMark.Optional => MeetingPreference.Optional,
        _ => MeetingPreference.Meet,
    };

    /// <summary>One side's must-meet is a promise to that side: the request is must-meet.</summary>
    public static bool IsMustMeet(MeetingMark from, MeetingMark to) => from == MeetingMark.MustMeet || to == MeetingMark.MustMeet;
}
