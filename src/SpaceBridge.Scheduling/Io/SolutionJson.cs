using System.Text.Json;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Io;

/// <summary>Reads and writes solutions in the SpaceBridge JSON format (docs/scheduler-format.md).</summary>
public static class SolutionJson
{
    public const string FormatTag = "spacebridge-solution/1";

    /// <summary>Reads a solution; references to meetings, slots or locations the instance lacks are format errors.</summary>
    public static Solution Read(string path, Instance instance) => Parse(JsonFile.ReadBytes(path), path, instance);

    public static Solution Parse(byte[] utf8, string file, Instance instance)
    {
        var document = JsonFile.Deserialize<SolutionDocument>(utf8, file);
        InstanceFormatException Error(string problem, params object[] path) => new(file, JsonLineLocator.LineOf(utf8, path), problem);

        if (document.Format is { } format && format != FormatTag)
            throw Error($"unsupported format '{format}', expected '{FormatTag}'", "format");
        var assignments = document.Assignments ?? throw Error("missing 'assignments'");
        var slotCount = instance.SlotCount;
        var result = new List<Assignment>(assignments.Count);
        for (var i = 0; i < assignments.Count; i++)
        {
            var a = assignments[i];
            var meeting = a.Meeting ?? throw Error($"assignment {i} has no 'meeting'", "assignments", i);
            if (meeting < 0 || meeting >= instance.Meetings.Count)
                throw Error($"assignment {i} names unknown meeting {meeting} (there are {instance.Meetings.Count})", "assignments", i, "meeting");
            if (a.Slot is { } slot && (slot < 0 || slot >= slotCount))
                throw Error(slot < 0 ? $"assignment {i} has negative slot {slot}" : $"assignment {i} has slot {slot}, outside 0..{slotCount - 1}", "assignments", i, "slot");
            if (a.Location is { } location && (location < 0 || location >= instance.Locations.Count))
                throw Error($"assignment {i} names unknown location {location} (there are {instance.Locations.Count})", "assignments", i, "location");
            if (a.Slot is null && a.Location is not null)
                throw Error($"assignment {i} has a location but no slot", "assignments", i);
            result.Add(new Assignment(meeting, a.Slot, a.Location, a.UnscheduledReason));
        }
        return new Solution { Assignments = result };
    }

    public static void Write(Solution solution, string instanceName, string path)
    {
        using var stream = File.Create(path);
        Write(solution, instanceName, stream);
    }

    public static void Write(Solution solution, string instanceName, Stream stream) =>
        JsonSerializer.Serialize(stream, ToDocument(solution, instanceName), JsonFile.Options);

    public static string Serialize(Solution solution, string instanceName) =>
        JsonSerializer.Serialize(ToDocument(solution, instanceName), JsonFile.Options);

    private static SolutionDocument ToDocument(Solution solution, string instanceName) => new()
    {
        Format = FormatTag,
        Instance = instanceName,
        Assignments = [.. solution.Assignments.Select(a => new AssignmentDocument
        {
            Meeting = a.Meeting, Slot = a.Slot, Location = a.Location, UnscheduledReason = a.UnscheduledReason,
        })],
    };
}
