using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Io;

/// <summary>
/// Reads the MiniZinc instances of the UdG B2B benchmark into the literature's mode:
/// one day, morning slots 1..nMorningSlots then the afternoon, nTables tables of capacity 1,
/// every meeting required and a break spread of at most 2. Breaks are counted over the whole day,
/// as the published optima are (an idle gap across the lunch pause is a break). Indices become 0-based.
/// </summary>
public static class DznInstanceReader
{
    public static Instance Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InstanceFormatException(path, 0, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot read file: {e.Message}");
        }
        return Parse(text, path, Path.GetFileNameWithoutExtension(path));
    }

    public static Instance Parse(string text, string file, string name = "")
    {
        var values = DznParser.Parse(text, file);
        var lastLine = text.Count(c => c == '\n') + 1;
        var data = new DznData(values, file, lastLine);

        var participantCount = data.Int("nBusiness", min: 1);
        var meetingCount = data.Int("nMeetings", min: 0);
        var tables = data.Int("nTables", min: 1);
        var slotCount = data.Int("nTotalSlots", min: 1);
        var morning = data.Int("nMorningSlots", min: 0, max: slotCount);

        var blocks = new List<Block>();
        if (morning > 0) blocks.Add(new Block(0, DayPart.Morning, 0, morning));
        if (slotCount > morning) blocks.Add(new Block(0, DayPart.Afternoon, morning, slotCount - morning));

        var requested = data.Matrix("requested", meetingCount);
        var pinned = data.IntArray("fixed", meetingCount);
        var precedences = data.SetArray("precedences", meetingCount);
        var forbidden = data.SetArray("forbidden", participantCount);

        var participants = new List<Participant>(participantCount);
        for (var p = 0; p < participantCount; p++)
        {
            var slots = new HashSet<int>();
            foreach (var item in forbidden[p].Items)
            {
                if (item.Value == 0) continue; // {0} is the benchmark's way of writing "none"
                data.CheckRange(item, 1, slotCount, $"forbidden slot of participant {p + 1}");
                slots.Add((int)item.Value - 1);
            }
            participants.Add(new Participant { Name = $"p{p + 1}", ForbiddenSlots = slots });
        }

        var meetings = new List<Meeting>(meetingCount);
        for (var m = 0; m < meetingCount; m++)
        {
            var row = requested.Rows[m];
            if (row.Count != 3)
                throw new InstanceFormatException(file, row[0].Line, $"requested meeting {m + 1} has {row.Count} values, expected 3 (p1, p2, session)");
            foreach (var p in row.Take(2))
                if (p.Value < 1 || p.Value > participantCount)
                    throw new InstanceFormatException(file, p.Line, $"meeting {m + 1} names unknown participant {p.Value} (nBusiness = {participantCount})");
            if (row[0].Value == row[1].Value)
                throw new InstanceFormatException(file, row[0].Line, $"meeting {m + 1} names participant {row[0].Value} twice");
            data.CheckRange(row[2], 1, 3, $"session of meeting {m + 1}");

            var pin = (DznInt)pinned.Items[m];
            data.CheckRange(pin, 0, slotCount, $"fixed slot of meeting {m + 1}");
            var predecessors = new List<int>();
            foreach (var item in precedences[m].Items)
            {
                data.CheckRange(item, 1, meetingCount, $"predecessor of meeting {m + 1}");
                if (item.Value == m + 1)
                    throw new InstanceFormatException(file, item.Line, $"meeting {m + 1} precedes itself");
                predecessors.Add((int)item.Value - 1);
            }

            meetings.Add(new Meeting
            {
                Participants = [(int)row[0].Value - 1, (int)row[1].Value - 1],
                Session = row[2].Value switch { 1 => SessionRestriction.Morning, 2 => SessionRestriction.Afternoon, _ => SessionRestriction.Any },
                PinnedSlot = pin.Value == 0 ? null : (int)pin.Value - 1,
                Predecessors = predecessors,
                ExternalId = (m + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        return new Instance
        {
            Name = name,
            Blocks = blocks,
            Participants = participants,
            Meetings = meetings,
            Locations = [.. Enumerable.Range(1, tables).Select(t => new Location($"Table {t}"))],
            Rules = new SchedulingRules { RequireAllMeetings = true, MaxBreakSpread = 2, BreaksSpanWholeDay = true },
        };
    }
}
