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
            modelParticipants.Add(new Participant
            {
                Name = participant.Name ?? $"p{p}",
                ForbiddenSlots = forbidden.ToHashSet(),
                HomeLocation = participant.HomeLocation,
            });
        }

        var modelMeetings = new List<Meeting>();
        for (var m = 0; m < meetings.Count; m++)
            modelMeetings.Add(ToMeeting(meetings[m], m, slotCount, modelParticipants.Count, modelLocations.Count, meetings.Count));

        return new Instance
        {
            Name = document.Name ?? Path.GetFileNameWithoutExtension(file),
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
        return new Meeting
        {
            Participants = [.. who],
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
