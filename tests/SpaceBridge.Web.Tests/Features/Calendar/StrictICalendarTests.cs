namespace SpaceBridge.Web.Tests.Features.Calendar;

/// <summary>The test-side checker must itself reject what RFC 5545 forbids, or passing it proves nothing.</summary>
public class StrictICalendarTests
{
    private const string Zone = "BEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\nBEGIN:STANDARD\r\nDTSTART:19881009T030000\r\nTZOFFSETFROM:+1000\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

    private static string Calendar(string eventLines, string zone = Zone) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + zone
        + "BEGIN:VEVENT\r\n" + eventLines + "END:VEVENT\r\nEND:VCALENDAR\r\n";

    private const string GoodEvent = "UID:a@test\r\nDTSTAMP:20231101T000000Z\r\nDTSTART;TZID=Asia/Seoul:20231108T093000\r\nDTEND;TZID=Asia/Seoul:20231108T100000\r\nSUMMARY:Opening\\, welcome\r\n";

    [Fact]
    public void A_well_formed_calendar_is_accepted_and_unfolded()
    {
        var folded = GoodEvent + "DESCRIPTION:first part\r\n  second part\r\n";

        var calendar = StrictICalendar.Parse(Calendar(folded));

        var ev = Assert.Single(calendar.Descendants("VEVENT"));
        Assert.Equal("first part second part", ev.Single("DESCRIPTION").Value);
        Assert.Equal("Asia/Seoul", ev.Single("DTSTART").Parameters["TZID"]);
    }

    public static TheoryData<string, string> Broken() => new()
    {
        { Calendar(GoodEvent).Replace("\r\n", "\n"), "CRLF" },
        { Calendar(GoodEvent + "DESCRIPTION:" + new string('x', 70) + "\r\n"), "octets" },
        { Calendar(GoodEvent + "DESCRIPTION:" + new string('한', 22) + "\r\n"), "octets" },
        { Calendar(GoodEvent.Replace("UID:a@test\r\n", "")), "UID" },
        { Calendar(GoodEvent.Replace("DTSTAMP:20231101T000000Z\r\n", "")), "DTSTAMP" },
        { Calendar(GoodEvent.Replace("DTSTAMP:20231101T000000Z", "DTSTAMP:20231101T000000")), "UTC" },
        { Calendar(GoodEvent, zone: ""), "no VTIMEZONE" },
        { Calendar(GoodEvent, zone: Zone.Replace("TZID:Asia/Seoul\r\n", "")), "TZID" },
        { Calendar(GoodEvent, zone: "BEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\nEND:VTIMEZONE\r\n"), "STANDARD" },
        { Calendar(GoodEvent).Replace("VERSION:2.0\r\n", ""), "VERSION" },
        { Calendar(GoodEvent).Replace("PRODID:-//Test//EN\r\n", ""), "PRODID" },
        { Calendar(GoodEvent).Replace("END:VEVENT\r\n", ""), "close" },
        { Calendar(GoodEvent + "END:VTODO\r\n"), "does not close" },
        { Calendar(GoodEvent.Replace("Opening\\, welcome", "Opening, welcome")), "unescaped" },
        { Calendar(GoodEvent.Replace("T100000", "T090000")), "not after" },
        { Calendar(GoodEvent + "this is not a property\r\n"), "content line" },
        { Calendar(GoodEvent) + "BEGIN:VCALENDAR\r\n", "after END:VCALENDAR" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_calendar_breaking_rfc_5545_is_rejected(string text, string reason)
    {
        var error = Assert.Throws<ICalendarFormatException>(() => StrictICalendar.Parse(text));

        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Folding_inside_a_multi_byte_character_is_rejected()
    {
        var line = System.Text.Encoding.UTF8.GetBytes("SUMMARY:" + new string('a', 66) + "한\r\n");
        // Split the three octets of 한 across a fold.
        var folded = line[..75].Concat("\r\n "u8.ToArray()).Concat(line[75..]).ToArray();
        var head = System.Text.Encoding.UTF8.GetBytes(Calendar(GoodEvent).Replace("END:VEVENT\r\nEND:VCALENDAR\r\n", ""));
        var tail = "END:VEVENT\r\nEND:VCALENDAR\r\n"u8.ToArray();

        var error = Assert.Throws<ICalendarFormatException>(() => StrictICalendar.Parse([.. head, .. folded, .. tail]));

        Assert.Contains("UTF-8", error.Message);
    }
}
