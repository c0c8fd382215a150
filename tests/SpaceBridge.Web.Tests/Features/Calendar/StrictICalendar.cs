using System.Text;
using System.Text.RegularExpressions;

namespace SpaceBridge.Web.Tests.Features.Calendar;

/// <summary>A content line after unfolding: NAME;PARAM=VALUE:VALUE.</summary>
public sealed record ICalProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);

public sealed class ICalComponent(string name)
{
    public string Name { get; } = name;
    public List<ICalProperty> Properties { get; } = [];
    public List<ICalComponent> Children { get; } = [];

    public IEnumerable<ICalProperty> All(string property) => Properties.Where(p => p.Name == property);
    public ICalProperty Single(string property) => Properties.Single(p => p.Name == property);
    public IEnumerable<ICalComponent> Descendants(string component) =>
        Children.Where(c => c.Name == component).Concat(Children.SelectMany(c => c.Descendants(component)));
}

public sealed class ICalendarFormatException(string message) : Exception(message);

/// <summary>
/// An RFC 5545 reader written for the tests, independent of the library that writes our calendars, and strict
/// where lenient readers forgive: CRLF only, at most 75 octets per line, UTF-8 not split by folding, balanced
/// BEGIN/END, the required properties of each component, every TZID backed by a VTIMEZONE, escaped TEXT values.
/// </summary>
public static partial class StrictICalendar
{
    // CATEGORIES is left out: its unescaped commas separate values.
    private static readonly string[] TextProperties = ["SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "X-WR-CALNAME"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ICalComponent Parse(byte[] octets)
    {
        if (octets.Length >= 3 && octets[0] == 0xEF && octets[1] == 0xBB && octets[2] == 0xBF)
        {
            throw new ICalendarFormatException("the stream starts with a byte order mark");
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(octets);
        }
        catch (DecoderFallbackException e)
        {
            throw new ICalendarFormatException($"not valid UTF-8 (folding inside a character?): {e.Message}");
        }
        var physical = PhysicalLines(text);
        var calendar = Build(Unfold(physical).Select(ParseLine).ToList());
        CheckCalendar(calendar);
        return calendar;
    }

    public static ICalComponent Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    private static List<string> PhysicalLines(string text)
    {
        if (!text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            throw new ICalendarFormatException("the last line does not end with CRLF");
        }
        var lines = text[..^2].Split("\r\n");
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains('\r') || lines[i].Contains('\n'))
            {
                throw new ICalendarFormatException($"line {i + 1} has a bare CR or LF");
            }
            var octets = Encoding.UTF8.GetByteCount(lines[i]);
            if (octets > 75)
            {
                throw new ICalendarFormatException($"line {i + 1} is {octets} octets long (max 75): {lines[i]}");
            }
            if (lines[i].Length == 0)
            {
                throw new ICalendarFormatException($"line {i + 1} is empty");
            }
            if (lines[i].Any(c => char.IsControl(c) && c != '\t'))
            {
                throw new ICalendarFormatException($"line {i + 1} holds a control character");
            }
        }
        return [.. lines];
    }

    private static IEnumerable<string> Unfold(List<string> lines)
    {
        StringBuilder? current = null;
        foreach (var line in lines)
        {
            if (line[0] is ' ' or '\t')
            {
                if (current is null)
                {
                    throw new ICalendarFormatException("the first line is a continuation line");
                }
                current.Append(line, 1, line.Length - 1);
                continue;
            }
            if (current is not null)
            {
                yield return current.ToString();
            }
            current = new StringBuilder(line);
        }
        if (current is not null)
        {
            yield return current.ToString();
        }
    }

    // contentline = name *(";" param) ":" value; param values may be quoted (no DQUOTE inside).
    [GeneratedRegex("""^(?<name>[A-Za-z0-9-]+)(?<params>(;[A-Za-z0-9-]+=("[^"\x00-\x08\x0A-\x1F]*"|[^";:,\x00-\x08\x0A-\x1F]*)(,("[^"\x00-\x08\x0A-\x1F]*"|[^";:,\x00-\x08\x0A-\x1F]*))*)*):(?<value>.*)$""")]
    private static partial Regex ContentLine();

    [GeneratedRegex("""^;(?<name>[A-Za-z0-9-]+)=(?<value>"[^"]*"|[^";:,]*)""")]
    private static partial Regex Parameter();

    [GeneratedRegex("""^,("[^"]*"|[^";:,]*)""")]
    private static partial Regex FurtherParameterValue();

    private static ICalProperty ParseLine(string line)
    {
        var match = ContentLine().Match(line);
        if (!match.Success)
        {
            throw new ICalendarFormatException($"not a content line: {line}");
        }
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = match.Groups["params"].Value;
        while (rest.Length > 0)
        {
            var p = Parameter().Match(rest);
            parameters[p.Groups["name"].Value.ToUpperInvariant()] = p.Groups["value"].Value.Trim('"');
            rest = rest[p.Length..];
            for (var more = FurtherParameterValue().Match(rest); more.Success; more = FurtherParameterValue().Match(rest))
            {
                rest = rest[more.Length..];
            }
        }
        return new ICalProperty(match.Groups["name"].Value.ToUpperInvariant(), parameters, match.Groups["value"].Value);
    }

    private static ICalComponent Build(List<ICalProperty> lines)
    {
        if (lines.Count == 0 || lines[0] is not { Name: "BEGIN", Value: "VCALENDAR" })
        {
            throw new ICalendarFormatException("the stream does not start with BEGIN:VCALENDAR");
        }
        var stack = new Stack<ICalComponent>();
        ICalComponent? root = null;
        foreach (var line in lines)
        {
            if (root is not null)
            {
                throw new ICalendarFormatException($"content after END:VCALENDAR: {line.Name}");
            }
            switch (line.Name)
            {
                case "BEGIN":
                    var child = new ICalComponent(line.Value.ToUpperInvariant());
                    if (stack.TryPeek(out var parent))
                    {
                        parent.Children.Add(child);
                    }
                    stack.Push(child);
                    break;
                case "END":
                    if (!stack.TryPop(out var open) || open.Name != line.Value.ToUpperInvariant())
                    {
                        throw new ICalendarFormatException($"END:{line.Value} does not close {(open is null ? "anything" : open.Name)}");
                    }
                    if (stack.Count == 0)
                    {
                        root = open;
                    }
                    break;
                default:
                    if (!stack.TryPeek(out var owner))
                    {
                        throw new ICalendarFormatException($"property {line.Name} outside any component");
                    }
                    owner.Properties.Add(line);
                    break;
            }
        }
        return root ?? throw new ICalendarFormatException($"{stack.Peek().Name} is never closed");
    }

    private static void CheckCalendar(ICalComponent calendar)
    {
        ExactlyOnce(calendar, "VERSION", "PRODID");
        if (calendar.Single("VERSION").Value != "2.0")
        {
            throw new ICalendarFormatException("VERSION is not 2.0");
        }
        if (calendar.Children.Count == 0)
        {
            throw new ICalendarFormatException("VCALENDAR holds no component");
        }

        var zones = calendar.Children.Where(c => c.Name == "VTIMEZONE").ToList();
        foreach (var zone in zones)
        {
            ExactlyOnce(zone, "TZID");
            var observances = zone.Children.Where(c => c.Name is "STANDARD" or "DAYLIGHT").ToList();
            if (observances.Count == 0 || observances.Count != zone.Children.Count)
            {
                throw new ICalendarFormatException($"VTIMEZONE {zone.Single("TZID").Value} needs STANDARD/DAYLIGHT sub-components only");
            }
            foreach (var observance in observances)
            {
                ExactlyOnce(observance, "DTSTART", "TZOFFSETFROM", "TZOFFSETTO");
                foreach (var offset in new[] { "TZOFFSETFROM", "TZOFFSETTO" })
                {
                    if (!UtcOffset().IsMatch(observance.Single(offset).Value))
                    {
                        throw new ICalendarFormatException($"{offset} is not a UTC offset: {observance.Single(offset).Value}");
                    }
                }
            }
        }
        var zoneIds = zones.Select(z => z.Single("TZID").Value).ToList();
        if (zoneIds.Distinct().Count() != zoneIds.Count)
        {
            throw new ICalendarFormatException("two VTIMEZONEs share a TZID");
        }

        var uids = new HashSet<string>();
        foreach (var ev in calendar.Children.Where(c => c.Name == "VEVENT"))
        {
            ExactlyOnce(ev, "UID", "DTSTAMP", "DTSTART");
            AtMostOnce(ev, "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "SEQUENCE", "URL");
            if (ev.All("DTEND").Any() && ev.All("DURATION").Any())
            {
                throw new ICalendarFormatException("a VEVENT has both DTEND and DURATION");
            }
            if (!uids.Add(ev.Single("UID").Value))
            {
                throw new ICalendarFormatException($"UID {ev.Single("UID").Value} appears twice");
            }
            if (!UtcDateTime().IsMatch(ev.Single("DTSTAMP").Value))
            {
                throw new ICalendarFormatException($"DTSTAMP must be a UTC date-time: {ev.Single("DTSTAMP").Value}");
            }
            CheckDateTimes(ev);
            if (ev.All("SEQUENCE").FirstOrDefault() is { } sequence && !uint.TryParse(sequence.Value, out _))
            {
                throw new ICalendarFormatException($"SEQUENCE is not a non-negative integer: {sequence.Value}");
            }
        }

        foreach (var component in calendar.Descendants("VEVENT").Prepend(calendar))
        {
            foreach (var property in component.Properties)
            {
                if (property.Parameters.TryGetValue("TZID", out var tzid) && !zoneIds.Contains(tzid))
                {
                    throw new ICalendarFormatException($"{property.Name} refers to TZID {tzid} with no VTIMEZONE");
                }
                if (TextProperties.Contains(property.Name) && !EscapedText().IsMatch(property.Value))
                {
                    throw new ICalendarFormatException($"{property.Name} has an unescaped ; or , or a stray backslash: {property.Value}");
                }
            }
        }
    }

    private static void CheckDateTimes(ICalComponent ev)
    {
        var start = ev.Single("DTSTART");
        foreach (var property in ev.All("DTEND").Prepend(start))
        {
            var zoned = property.Parameters.ContainsKey("TZID");
            var valid = zoned ? LocalDateTime().IsMatch(property.Value) : LocalDateTime().IsMatch(property.Value) || UtcDateTime().IsMatch(property.Value);
            if (!valid)
            {
                throw new ICalendarFormatException($"{property.Name} is not a {(zoned ? "local " : "")}date-time: {property.Value}");
            }
        }
        if (ev.All("DTEND").FirstOrDefault() is { } end)
        {
            if (end.Parameters.GetValueOrDefault("TZID") != start.Parameters.GetValueOrDefault("TZID"))
            {
                throw new ICalendarFormatException("DTSTART and DTEND are in different zones");
            }
            if (string.CompareOrdinal(end.Value, start.Value) <= 0)
            {
                throw new ICalendarFormatException($"DTEND {end.Value} is not after DTSTART {start.Value}");
            }
        }
    }

    private static void ExactlyOnce(ICalComponent component, params string[] properties)
    {
        foreach (var property in properties)
        {
            var count = component.All(property).Count();
            if (count != 1)
            {
                throw new ICalendarFormatException($"{component.Name} has {count} {property} properties; exactly one is required");
            }
        }
    }

    private static void AtMostOnce(ICalComponent component, params string[] properties)
    {
        foreach (var property in properties.Where(p => component.All(p).Count() > 1))
        {
            throw new ICalendarFormatException($"{component.Name} has more than one {property}");
        }
    }

    [GeneratedRegex(@"^\d{8}T\d{6}$")]
    private static partial Regex LocalDateTime();

    [GeneratedRegex(@"^\d{8}T\d{6}Z$")]
    private static partial Regex UtcDateTime();

    [GeneratedRegex(@"^[+-]\d{4}(\d{2})?$")]
    private static partial Regex UtcOffset();

    // TEXT: ; and , only after a backslash; a backslash only in \\ \; \, \n \N.
    [GeneratedRegex(@"^([^\\;,]|\\[\\;,nN])*$")]
    private static partial Regex EscapedText();
}
