using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// An event's matchmaking as a scheduler <see cref="Instance"/>, with the database id behind every index:
/// meeting i is request RequestIds[i], participant p registration RegistrationIds[p], slot s MeetingSlot SlotIds[s],
/// location l MeetingLocation LocationIds[l].
/// </summary>
public sealed record EventInstance(
    Instance Instance,
    IReadOnlyList<int> RequestIds,
    IReadOnlyList<int> RegistrationIds,
    IReadOnlyList<int> SlotIds,
    IReadOnlyList<int> LocationIds)
{
    /// <summary>Locks that pin nothing in this instance because they cannot hold (see <see cref="LockPins"/>).</summary>
    public IReadOnlyList<LockProblem> LockProblems { get; init; } = [];

    public int? MeetingOf(int requestId) => Find(RequestIds, requestId);
    public int? SlotOf(int slotId) => Find(SlotIds, slotId);
    public int? LocationOf(int locationId) => Find(LocationIds, locationId);

    private static int? Find(IReadOnlyList<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }
        return null;
    }
}
