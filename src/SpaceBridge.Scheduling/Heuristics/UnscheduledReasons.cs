namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>Explains, against the final schedule, why a meeting could not be placed.</summary>
internal static class UnscheduledReasons
{
    public static string Explain(ScheduleState state, int meeting)
    {
        var problem = state.Problem;
        var instance = problem.Instance;
        var allowed = problem.AllowedOf(meeting);
        if (SlotBits.Count(allowed) == 0)
            return instance.Meetings[meeting].PinnedSlot is not null ? "pinned slot unavailable" : "no common free slot";

        var participants = problem.ParticipantsOf(meeting);
        Span<int> busyCount = stackalloc int[participants.Length];
        int slots = 0, tableBlocked = 0, precedenceBlocked = 0;
        var (low, high) = state.PrecedenceWindow(meeting);
        for (var s = 0; s < problem.SlotCount; s++)
        {
            if (!SlotBits.Get(problem.Allowed, meeting * problem.Words, s))
                continue;
            slots++;
            var anyBusy = false;
            for (var i = 0; i < participants.Length; i++)
                if (state.BusyMeeting(participants[i], s) >= 0)
                {
                    busyCount[i]++;
                    anyBusy = true;
                }
            if (anyBusy)
                continue;
            var location = problem.FixedLocation[meeting];
            if ((location >= 0 && state.LocationFull(location, s)) || ((location < 0 || problem.InTablePool[location]) && state.TablesFull(s)))
                tableBlocked++;
            else if (s < low || s > high)
                precedenceBlocked++;
        }
        for (var i = 0; i < participants.Length; i++)
            if (busyCount[i] == slots)
                return $"participant {instance.Participants[participants[i]].Name} over capacity";
        if (tableBlocked > 0 && precedenceBlocked == 0)
            return "no table free";
        if (precedenceBlocked > 0)
            return "precedence cannot be met";
        return "no common free slot";
    }
}
