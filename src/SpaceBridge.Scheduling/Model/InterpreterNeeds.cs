namespace SpaceBridge.Scheduling.Model;

/// <summary>
/// Which meetings need an interpreter, and of which pool. A meeting needs one when every participant has languages and
/// no language is common to all of them; the pair is found between the first participant and the first one sharing no
/// language with it: the first pool (in the instance's order) covering a language of each, else their preferred languages,
/// for which no pool exists, so the meeting cannot take place.
/// </summary>
public static class InterpreterNeeds
{
    /// <summary>No interpreter needed.</summary>
    public const int None = -1;
    /// <summary>An interpreter is needed but no pool covers the pair: the meeting cannot be scheduled.</summary>
    public const int Unavailable = -2;

    /// <summary>Per meeting: the index of the pool it draws on, <see cref="None"/> or <see cref="Unavailable"/>.</summary>
    public static int[] PoolOfMeetings(Instance instance) => [.. instance.Meetings.Select(m => PoolOf(instance, m))];

    public static int PoolOf(Instance instance, Meeting meeting)
    {
        if (meeting.Participants.Any(p => p < 0 || p >= instance.Participants.Count)) return None; // the instance's own checks report it
        var languages = meeting.Participants.Select(p => instance.Participants[p].Languages).ToList();
        if (languages.Count < 2 || languages.Any(l => l.Count == 0)) return None;
        if (languages[0].Any(x => languages.All(l => l.Contains(x, StringComparer.OrdinalIgnoreCase)))) return None;
        var first = languages[0];
        var other = languages.Skip(1).FirstOrDefault(l => !l.Intersect(first, StringComparer.OrdinalIgnoreCase).Any());
        if (other is null) return None; // every two of them share a language
        for (var i = 0; i < instance.Interpreters.Count; i++)
            if (first.Any(a => other.Any(b => instance.Interpreters[i].Covers(a, b)))) return i;
        return Unavailable;
    }
}
