using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Repair;

/// <summary>Lists every difference between the published schedule and the repaired one, with its reason.</summary>
internal static class RepairReport
{
    public static List<MeetingMove> Moves(Instance instance, Solution published, IReadOnlyList<int?> newIdOfPublished,
        Solution repaired, bool[] anchored, string?[] affectedReason)
    {
        var moves = new List<MeetingMove>();
        var publishedIdOf = new int?[instance.Meetings.Count];
        var wasPlaced = new Assignment?[instance.Meetings.Count];
        foreach (var a in published.Assignments)
        {
            var id = a.Meeting >= 0 && a.Meeting < newIdOfPublished.Count ? newIdOfPublished[a.Meeting] : null;
            if (id is null)
            {
                if (a.Slot is not null)
                    moves.Add(new MeetingMove(null, a.Meeting, a.Slot, a.Location, null, null, "cancelled"));
                continue;
            }
            publishedIdOf[id.Value] = a.Meeting;
            wasPlaced[id.Value] = a.Slot is null ? null : a;
        }
        foreach (var now in repaired.Assignments)
        {
            var m = now.Meeting;
            var then = wasPlaced[m];
            if (then is null)
            {
                if (now.Slot is not null)
                    moves.Add(new MeetingMove(m, publishedIdOf[m], null, null, now.Slot, now.Location,
                        publishedIdOf[m] is null ? "new request" : "placed in room freed by the changes"));
                continue;
            }
            if (then.Slot == now.Slot && then.Location == now.Location)
                continue;
            var reason = affectedReason[m] is { } why
                ? (now.Slot is null ? $"{why}; unscheduled: {now.UnscheduledReason}" : why)
                : then.Slot == now.Slot ? "table reassigned" : "moved to let a new request in";
            moves.Add(new MeetingMove(m, publishedIdOf[m], then.Slot, then.Location, now.Slot, now.Location, reason));
        }
        return moves;
    }
}
