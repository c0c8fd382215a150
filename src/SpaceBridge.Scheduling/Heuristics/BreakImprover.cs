namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>
/// Simulated annealing on the break cost with the scheduled set fixed: moves a meeting to another
/// free slot, or swaps the slots of two meetings of one participant. Keeps the best state seen.
/// </summary>
internal sealed class BreakImprover(ScheduleState state, Random random)
{
    private readonly ProblemIndex _p = state.Problem;
    private readonly ulong[] _mask = new ulong[state.Problem.Words];

    public Func<int, bool> MayMove { get; init; } = _ => true;

    public void Run(long iterations, Deadline deadline, double startTemperature, double endTemperature)
    {
        if (_p.MeetingCount == 0 || _p.ParticipantCount == 0 || iterations <= 0)
            return;
        var best = (int[])state.SlotOf.Clone();
        var bestCost = state.Cost;
        var bestSaved = true;
        var ratio = Math.Log(endTemperature / startTemperature);
        for (long it = 0; it < iterations; it++)
        {
            if ((it & 1023) == 0 && deadline.Expired)
                break;
            if (state.Cost == 0)
                break;
            var temperature = startTemperature * Math.Exp(ratio * it / iterations);
            var participant = PickParticipant();
            var meetings = _p.ParticipantMeetings[participant];
            if (meetings.Length == 0)
                continue;
            var meeting = meetings[random.Next(meetings.Length)];
            if (state.SlotOf[meeting] < 0 || _p.SlotPinned[meeting] || !MayMove(meeting))
                continue;
            var before = state.Cost;
            var undo = random.Next(2) == 0 ? TryRelocate(meeting) : TrySwap(meeting, meetings);
            if (undo is null)
                continue;
            var delta = state.Cost - before;
            var accept = delta <= 0 || random.NextDouble() < Math.Exp(-delta / temperature);
            if (!accept)
            {
                Revert(undo.Value);
                continue;
            }
            if (delta > 0 && !bestSaved && before == bestCost)
            {
                // The state we are leaving was the best one seen: save it before moving away (undo, copy, redo).
                var redo = Capture(undo.Value);
                Revert(undo.Value);
                Array.Copy(state.SlotOf, best, best.Length);
                bestSaved = true;
                Apply(redo);
            }
            if (state.Cost < bestCost)
            {
                bestCost = state.Cost;
                bestSaved = false;
            }
        }
        // Invariant: whenever the current cost exceeds the best, the best state has been saved.
        if (state.Cost > bestCost)
            state.LoadSlots(best);
    }

    private int PickParticipant()
    {
        var participant = random.Next(_p.ParticipantCount);
        for (var tries = 0; tries < 4 && state.BreaksOf(participant) == 0; tries++)
            participant = random.Next(_p.ParticipantCount);
        return participant;
    }

    private (int A, int SlotA, int B, int SlotB)? TryRelocate(int meeting)
    {
        state.CandidateSlots(meeting, _mask);
        var count = SlotBits.Count(_mask);
        if (count == 0)
            return null;
        int target;
        if (random.Next(2) == 0)
        {
            target = SlotBits.NthSet(_mask, random.Next(count));
        }
        else
        {
            target = -1;
            var bestDelta = long.MaxValue;
            var start = random.Next(count);
            for (var i = 0; i < count; i++)
            {
                var slot = SlotBits.NthSet(_mask, (start + i) % count);
                var delta = state.PlacementDelta(meeting, slot);
                if (delta < bestDelta)
                {
                    bestDelta = delta;
                    target = slot;
                }
            }
        }
        var from = state.SlotOf[meeting];
        state.Unplace(meeting);
        state.Place(meeting, target);
        return (meeting, from, -1, -1);
    }

    private (int A, int SlotA, int B, int SlotB)? TrySwap(int meeting, int[] meetings)
    {
        var other = meetings[random.Next(meetings.Length)];
        var slotA = state.SlotOf[meeting];
        var slotB = state.SlotOf[other];
        if (other == meeting || slotB < 0 || slotB == slotA || _p.SlotPinned[other] || !MayMove(other))
            return null;
        state.Unplace(meeting);
        state.Unplace(other);
        if (state.CanPlace(meeting, slotB))
        {
            state.Place(meeting, slotB);
            if (state.CanPlace(other, slotA))
            {
                state.Place(other, slotA);
                return (meeting, slotA, other, slotB);
            }
            state.Unplace(meeting);
        }
        state.Place(meeting, slotA);
        state.Place(other, slotB);
        return null;
    }

    private (int A, int SlotA, int B, int SlotB) Capture((int A, int SlotA, int B, int SlotB) undo) =>
        (undo.A, state.SlotOf[undo.A], undo.B, undo.B >= 0 ? state.SlotOf[undo.B] : -1);

    private void Revert((int A, int SlotA, int B, int SlotB) undo) => Apply(undo);

    private void Apply((int A, int SlotA, int B, int SlotB) target)
    {
        state.Unplace(target.A);
        if (target.B >= 0)
            state.Unplace(target.B);
        state.Place(target.A, target.SlotA);
        if (target.B >= 0)
            state.Place(target.B, target.SlotB);
    }
}
