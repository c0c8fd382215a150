namespace SpaceBridge.Scheduling.Model;

/// <summary>The tiers in which solvers place requests: each tier before any request of the tiers after it.</summary>
public enum PriorityTier { Locked, MustMeet, Meet, Optional }

/// <summary>
/// Preferences in the weight. A request is <see cref="PriorityTier.Locked"/> when an organizer pinned its slot,
/// <see cref="PriorityTier.MustMeet"/> when any side marks it must-meet, <see cref="PriorityTier.Optional"/> when every
/// side marks it optional, and <see cref="PriorityTier.Meet"/> otherwise. Solvers maximize the tiers lexicographically,
/// each tier by its weight, and breaks come last: <see cref="Effective"/> turns that order into one weight per request.
/// </summary>
public static class MeetingPriority
{
    public static PriorityTier Tier(Meeting meeting)
    {
        if (meeting.PinnedSlot is not null) return PriorityTier.Locked;
        var marks = Enumerable.Range(0, meeting.Participants.Count)
            .Select(i => i < meeting.Preferences.Count ? meeting.Preferences[i] : MeetingPreference.Meet).ToList();
        if (marks.Contains(MeetingPreference.MustMeet)) return PriorityTier.MustMeet;
        return marks.Count > 0 && marks.All(p => p == MeetingPreference.Optional) ? PriorityTier.Optional : PriorityTier.Meet;
    }

    public static bool IsMustMeet(Meeting meeting) => Tier(meeting) == PriorityTier.MustMeet;

    /// <summary>
    /// One weight per request such that a unit of a tier outweighs everything of the tiers after it, plus
    /// <paramref name="baseFactor"/> - 1 (room for the breaks below the weight): the unit of the last tier is
    /// <paramref name="baseFactor"/>, and each tier's unit is the whole weight of the tiers after it plus that.
    /// Requests of a tier that is empty cost nothing, so an instance without locks and preferences keeps its plain weights
    /// times <paramref name="baseFactor"/>. Should the units overflow 64 bits, optional requests count as meet, then locked
    /// ones as must-meet, then all alike (every solver still keeps locked meetings where they are).
    /// </summary>
    public static long[] Effective(Instance instance, long baseFactor)
    {
        var tiers = instance.Meetings.Select(Tier).ToArray();
        foreach (var merge in new Func<PriorityTier, PriorityTier>[]
                 {
                     t => t,
                     t => t == PriorityTier.Optional ? PriorityTier.Meet : t,
                     t => t switch { PriorityTier.Optional => PriorityTier.Meet, PriorityTier.Locked => PriorityTier.MustMeet, _ => t },
                     _ => PriorityTier.Meet,
                 })
        {
            try
            {
                return Weigh(instance, tiers.Select(merge).ToArray(), baseFactor);
            }
            catch (OverflowException)
            {
            }
        }
        throw new OverflowException("request weights too large for a 64-bit objective");
    }

    private static long[] Weigh(Instance instance, PriorityTier[] tiers, long baseFactor)
    {
        checked
        {
            var count = Enum.GetValues<PriorityTier>().Length;
            var weightOfTier = new long[count];
            for (var m = 0; m < tiers.Length; m++) weightOfTier[(int)tiers[m]] += Math.Max(0, instance.Meetings[m].Weight);
            var unit = new long[count];
            long below = 0;
            for (var t = count - 1; t >= 0; t--)
            {
                unit[t] = below + baseFactor;
                below += weightOfTier[t] * unit[t];
            }
            var effective = new long[tiers.Length];
            for (var m = 0; m < tiers.Length; m++) effective[m] = Math.Max(0, instance.Meetings[m].Weight) * unit[(int)tiers[m]];
            return effective;
        }
    }
}
