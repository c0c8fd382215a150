using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Io;

/// <summary>Checks a deserialized instance document and builds the model, naming the line of each problem.</summary>
internal sealed class InstanceJsonMapper(InstanceDocument document, byte[] utf8, string file)
{
    public Instance ToInstance()
    {
        if (document.Format is { } format && format != InstanceJson.FormatTag)
            throw Error($"unsupported format '{format}', expected '{InstanceJson.FormatTag}'", "format");
        var blocks = Required(document.Blocks, "blocks");
        var participants = Required(document.Participants, "participants");
        var meetings = Required(document.Meetings, "meetings");
        var locations = document.Locations ?? [];

        var modelBlocks = new List<Block>();
        var covered = new HashSet<int>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.FirstSlot < 0) throw Error($"block {b} starts at negative slot {block.FirstSlot}", "blocks", b, "firstSlot");
            if (block.SlotCount < 1) throw Error($"block {b} has {block.SlotCount} slots", "blocks", b, "slotCount");
            for (var s = block.FirstSlot; s < block.FirstSlot + block.SlotCount; s++)
                if (!covered.Add(s)) throw Error($"slot {s} belongs to two blocks", "blocks", b);
            modelBlocks.Add(new Block(block.Day, ParseEnum<DayPart>(block.Part, "morning", "blocks", b, "part"), block.FirstSlot, block.SlotCount));
        }
        var slotCount = covered.Count == 0 ? 0 : covered.Max() + 1;

        var modelLocations = new List<Location>();
        for (var l = 0; l < locations.Count; l++)
        {
            var location = locations[l];
            var capacity = location.Capacity ?? 1;
            if (capacity < 1) throw Error($"location {l} has capacity {capacity}", "locations", l, "capacity");
            modelLocations.Add(new Location(location.Name ?? $"Location {l + 1}", ParseEnum<LocationKind>(location.Kind, "table", "locations", l, "kind"), capacity));
        }

        var modelParticipants = new List<Participant>();
        for (var p = 0; p < participants.Count; p++)
        {
            var participant = participants[p];
            var forbidden = participant.ForbiddenSlots ?? [];
            for (var i = 0; i < forbidden.Count; i++)
                CheckSlot(forbidden[i], slotCount, $"forbidden slot of participant {p}", "participants", p, "forbiddenSlots", i);
            if (participant.HomeLocation is { } home)
                CheckIndex(home, modelLocations.Count, $"participant {p} has home", "location", "participants", p, "homeLocation");
            var languages = participant.Languages ?? [];
            for (var i = 0; i < languages.Count; i++)
                if (string.IsNullOrWhiteSpace(languages[i])) throw Error($"participant {p} has an empty language", "participants", p, "languages", i);
            modelParticipants.Add(new Participant
            {
                Name = participant.Name ?? $"p{p}",
                ForbiddenSlots = forbidden.ToHashSet(),
                HomeLocation = participant.HomeLocation,
                Languages = [.. languages.Select(l => l.Trim())],
            });
        }

        var modelMeetings = new List<Meeting>();
        for (var m = 0; m < meetings.Count; m++)
            modelMeetings.Add(ToMeeting(meetings[m], m, slotCount, modelParticipants.Count, modelLocations.Count, meetings.Count));

        var interpreters = new List<InterpreterPool>();
        var pools = document.Interpreters ?? [];
        for (var i = 0; i < pools.Count; i++) interpreters.Add(ToPool(pools[i], i, slotCount));

        return new Instance
        {
            Name = document.Name ?? Path.GetFileNameWithoutExtension(file),
            Interpreters = interpreters,
            Blocks = modelBlocks,
            Participants = modelParticipants,
            Meetings = modelMeetings,
            Locations = modelLocations,
            Rules = new SchedulingRules
            {
                RequireAllMeetings = document.Rules?.RequireAllMeetings ?? false,
                MaxBreakSpread = document.Rules?.MaxBreakSpread is { } spread && spread < 0
                    ? throw Error($"maxBreakSpread is negative ({spread})", "rules", "maxBreakSpread")
                    : document.Rules?.MaxBreakSpread,
                BreaksSpanWholeDay = document.Rules?.BreaksSpanWholeDay ?? false,
            },
        };
    }

    private InterpreterPool ToPool(InterpreterDocument pool, int i, int slotCount)
    {
        var languages = Required(pool.Languages, "interpreters", i, "languages");
        if (languages.Count != 2 || languages.Any(string.IsNullOrWhiteSpace))
            throw Error($"interpreters {i} must name two languages", "interpreters", i, "languages");
        if (string.Equals(languages[0].Trim(), languages[1].Trim(), StringComparison.OrdinalIgnoreCase))
            throw Error($"interpreters {i} name the same language twice", "interpreters", i, "languages");
        if (pool.Count is not null && pool.PerSlot is not null)
            throw Error($"interpreters {i} give both count and perSlot", "interpreters", i);
        if (pool.Count is { } count && count < 0) throw Error($"interpreters {i} has count {count}", "interpreters", i, "count");
        var perSlot = pool.PerSlot ?? [.. Enumerable.Repeat(pool.Count ?? 0, slotCount)];
        if (pool.PerSlot is null && pool.Count is null) throw Error($"interpreters {i} needs count or perSlot", "interpreters", i);
        if (perSlot.Count != slotCount)
            throw Error($"interpreters {i} list {perSlot.Count} slot(s), the blocks have {slotCount}", "interpreters", i, "perSlot");
        for (var s = 0; s < perSlot.Count; s++)
            if (perSlot[s] < 0) throw Error($"interpreters {i} has {perSlot[s]} in slot {s}", "interpreters", i, "perSlot", s);
        return new InterpreterPool(languages[0].Trim(), languages[1].Trim(), [.. perSlot]);
    }

    private Meeting ToMeeting(MeetingDocument meeting, int m, int slotCount, int participantCount, int locationCount, int meetingCount)
    {
        var who = Required(meeting.Participants, "meetings", m, "participants");
        if (who.Count < 2) throw Error($"meeting {m} has {who.Count} participant(s), needs at least 2", "meetings", m, "participants");
        for (var i = 0; i < who.Count; i++)
            CheckIndex(who[i], participantCount, $"meeting {m} names", "participant", "meetings", m, "participants", i);
        if (who.Distinct().Count() != who.Count) throw Error($"meeting {m} names a participant twice", "meetings", m, "participants");
        var weight = meeting.Weight ?? 1;
        if (weight < 1) throw Error($"meeting {m} has weight {weight}, must be at least 1", "meetings", m, "weight");
        if (meeting.PinnedSlot is { } slot) CheckSlot(slot, slotCount, $"pinned slot of meeting {m}", "meetings", m, "pinnedSlot");
        if (meeting.PinnedLocation is { } location)
            CheckIndex(location, locationCount, $"meeting {m} is pinned to", "location", "meetings", m, "pinnedLocation");
        var predecessors = meeting.Predecessors ?? [];
        for (var i = 0; i < predecessors.Count; i++)
        {
            CheckIndex(predecessors[i], meetingCount, $"meeting {m} follows", "meeting", "meetings", m, "predecessors", i);
            if (predecessors[i] == m) throw Error($"meeting {m} precedes itself", "meetings", m, "predecessors", i);
        }
        var marks = meeting.Preferences ?? [];
        if (marks.Count > who.Count)
            throw Error($"meeting {m} has {marks.Count} preferences for {who.Count} participants", "meetings", m, "preferences");
        var preferences = new List<MeetingPreference>();
        for (var i = 0; i < marks.Count; i++)
            preferences.Add(marks[i]?.ToLowerInvariant() switch
            {
                "must-meet" => MeetingPreference.MustMeet,
                "meet" => MeetingPreference.Meet,
                "optional" => MeetingPreference.Optional,
                _ => throw Error($"unknown preference '{marks[i]}' (expected must-meet, meet or optional)", "meetings", m, "preferences", i),
            });
        return new Meeting
        {
            Participants = [.. who],
            Preferences = preferences,
            Weight = weight,
            Session = ParseEnum<SessionRestriction>(meeting.Session, "any", "meetings", m, "session"),
            PinnedSlot = meeting.PinnedSlot,
            PinnedLocation = meeting.PinnedLocation,
            Predecessors = [.. predecessors],
            ExternalId = meeting.Id,
        };
    }

    private T Required<T>(T? value, params object[] path) where T : class =>
        value ?? throw Error($"missing '{path[^1]}'", path[..^1]);

    private void CheckSlot(int slot, int slotCount, string what, params object[] path)
    {
        if (slot < 0) throw Error($"{what} is negative ({slot})", path);
        if (slot >= slotCount) throw Error($"{what} is {slot}, outside the blocks' slots 0..{slotCount - 1}", path);
    }

    private void CheckIndex(int index, int count, string what, string kind, params object[] path)
    {
        if (index < 0 || index >= count)
            throw Error($"{what} unknown {kind} {index} (there are {count})", path);
    }

    private T ParseEnum<T>(string? text, string fallback, params object[] path) where T : struct, Enum =>
        Enum.TryParse<T>(text ?? fallback, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw Error($"unknown {typeof(T).Name} '{text}' (expected one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))})", path);

    private InstanceFormatException Error(string problem, params object[] path) =>
        new(file, JsonLineLocator.LineOf(utf8, path), problem);
}
