using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

/// <summary>
/// What a schedule asks of the interpreters, read from the instance the way the scheduler reads it
/// (<see cref="InterpreterNeeds"/>): the pair a meeting draws on, and why a meeting needing one stayed out.
/// </summary>
public static class InterpreterUse
{
    /// <summary>The phrases a proposal stores (shown through ScheduleWording).</summary>
    public const string NoPool = "no interpreter for the language pair", NoneFree = "no interpreter free";

    /// <summary>The pair ("ko-en") of the pool the meeting draws on, or null when it needs no interpreter or none covers it.</summary>
    public static string? PairOf(Instance instance, int meeting) =>
        InterpreterNeeds.PoolOf(instance, instance.Meetings[meeting]) is var pool and >= 0
            ? $"{instance.Interpreters[pool].LanguageA}-{instance.Interpreters[pool].LanguageB}"
            : null;

    /// <summary>
    /// The pair a meeting between the requester and the recipient needs, by the scheduler's own rule
    /// (<see cref="InterpreterNeeds"/>) on the languages and pools given (pools in id order, as runs read them): the first
    /// covering pool's pair, else the two preferred languages (no pool has them), or null when no interpreter is needed
    /// (with no pools given, it says whether one is needed).
    /// </summary>
    public static InterpreterPair? PairFor(IReadOnlyList<string> requester, IReadOnlyList<string> recipient, IReadOnlyList<InterpreterPair> pools)
    {
        var instance = new Instance
        {
            Blocks = [],
            Locations = [],
            Participants = [new Participant { Name = "requester", Languages = requester }, new Participant { Name = "recipient", Languages = recipient }],
            Meetings = [new Meeting { Participants = [0, 1] }],
            Interpreters = [.. pools.Select(p => new InterpreterPool(p.LanguageA, p.LanguageB, []))],
        };
        return InterpreterNeeds.PoolOf(instance, instance.Meetings[0]) switch
        {
            InterpreterNeeds.None => null,
            InterpreterNeeds.Unavailable => new InterpreterPair(requester[0], recipient[0]),
            var pool => pools[pool],
        };
    }

    /// <summary>
    /// Why an unplaced meeting is out when the interpreters are the cause: no pool covers its pair, or in every slot where
    /// both sides are free (not unavailable, not in another meeting) the pool is already used up. Otherwise the solver's reason.
    /// </summary>
    public static string Explain(Instance instance, Solution solution, int meeting, string reason)
    {
        var pool = InterpreterNeeds.PoolOf(instance, instance.Meetings[meeting]);
        if (pool == InterpreterNeeds.Unavailable) return NoPool;
        if (pool < 0) return reason;
        var slotCount = instance.SlotCount;
        var used = new int[slotCount];
        var busy = new HashSet<(int Participant, int Slot)>();
        foreach (var a in solution.Assignments)
        {
            if (a.Slot is not { } slot || slot < 0 || slot >= slotCount) continue;
            foreach (var p in instance.Meetings[a.Meeting].Participants) busy.Add((p, slot));
            if (InterpreterNeeds.PoolOf(instance, instance.Meetings[a.Meeting]) == pool) used[slot]++;
        }
        var participants = instance.Meetings[meeting].Participants;
        var open = 0;
        for (var s = 0; s < slotCount; s++)
        {
            if (participants.Any(p => instance.Participants[p].ForbiddenSlots.Contains(s) || busy.Contains((p, s)))) continue;
            open++;
            if (used[s] < instance.Interpreters[pool].AvailableIn(s)) return reason;
        }
        return open > 0 ? NoneFree : reason;
    }
}
