using System.Text.Json;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Io;

/// <summary>Reads and writes instances in the SpaceBridge JSON format (docs/scheduler-format.md).</summary>
public static class InstanceJson
{
    public const string FormatTag = "spacebridge-instance/1";

    public static Instance Read(string path) => Parse(JsonFile.ReadBytes(path), path);

    public static Instance Parse(byte[] utf8, string file)
    {
        var document = JsonFile.Deserialize<InstanceDocument>(utf8, file);
        return new InstanceJsonMapper(document, utf8, file).ToInstance();
    }

    public static void Write(Instance instance, string path)
    {
        using var stream = File.Create(path);
        Write(instance, stream);
    }

    public static void Write(Instance instance, Stream stream) =>
        JsonSerializer.Serialize(stream, ToDocument(instance), JsonFile.Options);

    public static string Serialize(Instance instance) => JsonSerializer.Serialize(ToDocument(instance), JsonFile.Options);

    private static InstanceDocument ToDocument(Instance instance) => new()
    {
        Format = FormatTag,
        Name = instance.Name,
        Blocks = [.. instance.Blocks.Select(b => new BlockDocument
        {
            Day = b.Day, Part = Lower(b.Part), FirstSlot = b.FirstSlot, SlotCount = b.SlotCount,
        })],
        Locations = [.. instance.Locations.Select(l => new LocationDocument
        {
            Name = l.Name, Kind = Lower(l.Kind), Capacity = l.Capacity == 1 ? null : l.Capacity,
        })],
        Participants = [.. instance.Participants.Select(p => new ParticipantDocument
        {
            Name = p.Name,
            ForbiddenSlots = p.ForbiddenSlots.Count == 0 ? null : [.. p.ForbiddenSlots.Order()],
            HomeLocation = p.HomeLocation,
            Languages = p.Languages.Count == 0 ? null : [.. p.Languages],
        })],
        Meetings = [.. instance.Meetings.Select(m => new MeetingDocument
        {
            Id = m.ExternalId,
            Participants = [.. m.Participants],
            Weight = m.Weight == 1 ? null : m.Weight,
            Session = m.Session == SessionRestriction.Any ? null : Lower(m.Session),
            PinnedSlot = m.PinnedSlot,
            PinnedLocation = m.PinnedLocation,
            Predecessors = m.Predecessors.Count == 0 ? null : [.. m.Predecessors],
            Preferences = m.Preferences.Count == 0 || m.Preferences.All(p => p == MeetingPreference.Meet)
                ? null : [.. m.Preferences.Select(PreferenceName)],
        })],
        Interpreters = instance.Interpreters.Count == 0 ? null : [.. instance.Interpreters.Select(i => new InterpreterDocument
        {
            Languages = [i.LanguageA, i.LanguageB],
            Count = i.AvailablePerSlot.Distinct().Count() == 1 && i.AvailablePerSlot.Count == instance.SlotCount ? i.AvailablePerSlot[0] : null,
            PerSlot = i.AvailablePerSlot.Distinct().Count() == 1 && i.AvailablePerSlot.Count == instance.SlotCount ? null : [.. i.AvailablePerSlot],
        })],
        Rules = new RulesDocument
        {
            RequireAllMeetings = instance.Rules.RequireAllMeetings,
            MaxBreakSpread = instance.Rules.MaxBreakSpread,
            BreaksSpanWholeDay = instance.Rules.BreaksSpanWholeDay,
        },
    };

    /// <summary>The file's name of a preference: <c>must-meet</c>, <c>meet</c> or <c>optional</c>.</summary>
    public static string PreferenceName(MeetingPreference preference) => preference switch
    {
        MeetingPreference.MustMeet => "must-meet",
        MeetingPreference.Optional => "optional",
        _ => "meet",
    };

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
