using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Features.Programme.WorkspaceApi;

namespace SpaceBridge.Web.Tests.Features.Programme.Import;

public sealed class ProgrammeImportApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private Task<int> SessionCountAsync(int eventId) => factory.WithDbAsync(db => db.Sessions.CountAsync(s => s.EventId == eventId));

    [Fact]
    public async Task A_valid_sheet_is_previewed_without_saving_then_imported_whole_through_the_programme_rules()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, roomA, roomB, kim, anne) = await organizer.EventWithPeopleAsync(await factory.DemoForumIdAsync(), "import-valid");
        var sheet = ProgrammeSheets.Csv(
            "OpeningRemarks,Opening remarks,개회사,,,2026-11-10,09:00,09:30,Hall A,Kim Narae import valid,,,yes",
            "패널 토론,Launch access,발사 접근성,\"Access, cost and cadence\",,2026-11-10,09:30,10:30,A홀,,Anne Lake import valid,Kim Narae import valid,no",
            "SideMeeting,,공급사 회의,,,2026.11.10,9:30,10:30,room b,,,,");

        using var dry = await organizer.UploadAsync(eventId, sheet, dryRun: true);
        var preview = await JsonAsync(dry, HttpStatusCode.OK);
        Assert.Equal(3, preview.GetProperty("sessions").GetArrayLength());
        Assert.Equal(0, preview.GetProperty("imported").GetInt32());
        Assert.Equal("2026-11-10T09:30:00+09:00", preview.GetProperty("sessions")[1].GetProperty("startsAt").GetString());
        Assert.Equal(0, await SessionCountAsync(eventId));

        using var import = await organizer.UploadAsync(eventId, sheet, dryRun: false);
        Assert.Equal(3, (await JsonAsync(import, HttpStatusCode.OK)).GetProperty("imported").GetInt32());
        var sessions = await factory.WithDbAsync(db => db.Sessions.AsNoTracking().Include(s => s.People)
            .Where(s => s.EventId == eventId).OrderBy(s => s.StartsAtUtc).ThenBy(s => s.RoomId).ToListAsync());
        Assert.Equal(3, sessions.Count);
        Assert.Equal(new DateTime(2026, 11, 10, 0, 0, 0, DateTimeKind.Utc), sessions[0].StartsAtUtc);
        Assert.True(sessions[0].Published);
        Assert.Equal("Panel", sessions[1].Kind.ToString());
        Assert.Equal(roomA, sessions[1].RoomId);
        Assert.False(sessions[1].Published);
        Assert.Equal([(anne, "Moderator"), (kim, "Panelist")], sessions[1].People.OrderBy(p => p.Order).Select(p => (p.PersonId, p.Role.ToString())));
        Assert.Equal("Access, cost and cadence", sessions[1].Description.En);
        Assert.Equal(roomB, sessions[2].RoomId);
        Assert.Null(sessions[2].Title.En);
        Assert.Equal("공급사 회의", sessions[2].Title.Ko);
    }

    [Fact]
    public async Task Every_bad_row_is_named_by_line_and_column_conflicts_name_the_other_session_and_nothing_is_saved()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, roomA, _, kim, _) = await organizer.EventWithPeopleAsync(await factory.DemoForumIdAsync(), "import-errors");
        await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions",
            NewSession("Existing keynote", "2026-11-10T13:00:00+09:00", "2026-11-10T14:00:00+09:00", roomA, people: [new { personId = kim, role = "Speaker" }])), HttpStatusCode.Created);
        var sheet = ProgrammeSheets.Csv(
            "Keynote,Fine row,,,,2026-11-10,09:00,10:00,Hall A,,,,",
            "Keynote,Unknown room,,,,2026-11-10,10:00,11:00,Ballroom,,,,",
            "Panel,Bad time,,,,2026-11-10,25:00,11:00,,,,,",
            "Panel,Stranger,,,,2026-11-10,10:00,11:00,,Nobody Atall,,,",
            "Panel,Hall taken,,,,2026-11-10,13:30,14:30,Hall A,,,,",
            "Panel,Speaker busy,,,,2026-11-10,13:30,14:30,Room B,Kim Narae import errors,,,",
            "Panel,Same hall as line 2,,,,2026-11-10,09:30,10:30,Hall A,,,,",
            "Dance,Ends first,,,,2026-11-12,11:00,10:00,,,,,maybe");

        var problem = await factory.RefusedAsync(() => organizer.UploadAsync(eventId, sheet, dryRun: false), HttpStatusCode.BadRequest);
        var errors = ProgrammeSheets.RowErrors(problem);

        Assert.Equal(
        [
            (3, "room", "unknown-room"), (4, "start", "time"), (5, "speakers", "unknown-person"), (6, "room", "room-conflict"),
            (7, "speakers", "person-conflict"), (8, "room", "room-conflict"), (9, "kind", "kind"), (9, "published", "yes-no"),
        ], errors.Select(e => (e.Line, e.Column, e.Code)));
        Assert.Contains("Existing keynote", errors[3].Reason);
        Assert.Contains("Existing keynote", errors[4].Reason);
        Assert.Contains("Kim Narae import errors", errors[4].Reason);
        Assert.Contains("Fine row", errors[5].Reason);
        Assert.Contains("line 2", errors[5].Reason);
        Assert.Contains("Hall A", errors[0].Reason);
        Assert.Equal(1, await SessionCountAsync(eventId));

        var outside = ProgrammeSheets.Csv("Panel,Ends first,,,,2026-11-10,11:00,10:00,,,,,", "Panel,Too late,,,,2026-11-12,10:00,11:00,,,,,");
        var rules = ProgrammeSheets.RowErrors(await factory.RefusedAsync(() => organizer.UploadAsync(eventId, outside, dryRun: true), HttpStatusCode.BadRequest));
        Assert.Equal([(2, "end", "end-before-start"), (3, "date", "outside-event")], rules.Select(e => (e.Line, e.Column, e.Code)));
    }

    [Fact]
    public async Task An_Excel_workbook_with_real_dates_and_times_imports_and_a_formula_cell_is_refused()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, _, _, _, _) = await organizer.EventWithPeopleAsync(await factory.DemoForumIdAsync(), "import-xlsx");

        byte[] Workbook(bool withFormula)
        {
            using var workbook = new XLWorkbook();
            var sheet = workbook.Worksheets.Add("Programme");
            string[] headers = ["종류", "제목_영어", "제목_한국어", "날짜", "시작", "종료", "장소"];
            for (var i = 0; i < headers.Length; i++) sheet.Cell(1, i + 1).SetValue(headers[i]);
            sheet.Cell(2, 1).SetValue("기조연설");
            sheet.Cell(2, 2).SetValue("Keynote from Excel");
            sheet.Cell(2, 4).SetValue(new DateTime(2026, 11, 11));
            sheet.Cell(2, 5).SetValue(new TimeSpan(9, 0, 0));
            sheet.Cell(2, 6).SetValue(0.4375); // 10:30 as Excel's fraction of a day
            sheet.Cell(2, 7).SetValue("Room B");
            if (withFormula) sheet.Cell(2, 3).FormulaA1 = "HYPERLINK(\"http://example.org\",\"x\")";
            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            return stream.ToArray();
        }

        var refused = ProgrammeSheets.RowErrors(await factory.RefusedAsync(
            () => organizer.UploadAsync(eventId, Workbook(withFormula: true), dryRun: false, "programme.xlsx"), HttpStatusCode.BadRequest));
        Assert.Equal([(2, "title_ko", "formula")], refused.Select(e => (e.Line, e.Column, e.Code)));

        using var import = await organizer.UploadAsync(eventId, Workbook(withFormula: false), dryRun: false, "programme.xlsx");
        var session = (await JsonAsync(import, HttpStatusCode.OK)).GetProperty("sessions")[0];
        Assert.Equal("Keynote", session.GetProperty("kind").GetString());
        Assert.Equal("2026-11-11T09:00:00+09:00", session.GetProperty("startsAt").GetString());
        Assert.Equal("2026-11-11T10:30:00+09:00", session.GetProperty("endsAt").GetString());
    }

    [Fact]
    public async Task A_topics_column_names_the_events_topics_in_either_language_and_an_unknown_topic_is_a_row_error()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, _, _, _, _) = await organizer.EventWithPeopleAsync(await factory.DemoForumIdAsync(), "import-topics");
        var (lunar, policy) = await factory.WithDbAsync(async db =>
        {
            var a = new Topic { EventId = eventId, Slug = "lunar-import", Name = new("Lunar exploration", "달 탐사") };
            var b = new Topic { EventId = eventId, Slug = "policy-import", Name = new("Space policy", "우주 정책") };
            db.Topics.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        static byte[] Sheet(params string[] rows) =>
            System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", [ProgrammeSheets.Header + ",topics", .. rows]) + "\r\n");

        // "Supply chain resilience" is a topic of another event of the forum, not of this one.
        var bad = Sheet(
            "Panel,Both topics,,,,2026-11-10,09:00,10:00,,,,,no,lunar exploration; 우주 정책",
            "Panel,Unknown topics,,,,2026-11-10,10:00,11:00,,,,,no,Asteroid mining;Supply chain resilience");
        var problem = await factory.RefusedAsync(() => organizer.UploadAsync(eventId, bad, dryRun: true), HttpStatusCode.BadRequest);
        var errors = ProgrammeSheets.RowErrors(problem);
        Assert.Equal([(3, "topics", "unknown-topic"), (3, "topics", "unknown-topic")], errors.Select(e => (e.Line, e.Column, e.Code)));
        Assert.Contains("Asteroid mining", errors[0].Reason);
        Assert.Contains("Lunar exploration", errors[0].Reason);
        Assert.Contains("Supply chain resilience", errors[1].Reason);
        Assert.Equal(0, await SessionCountAsync(eventId));

        var good = Sheet(
            "Panel,Both topics,,,,2026-11-10,09:00,10:00,,,,,no,lunar exploration; 우주 정책",
            "Panel,No topic,,,,2026-11-10,10:00,11:00,,,,,no,",
            "Panel,By slug,,,,2026-11-10,11:00,12:00,,,,,no,policy-import");
        using var import = await organizer.UploadAsync(eventId, good, dryRun: false);
        Assert.Equal(3, (await JsonAsync(import, HttpStatusCode.OK)).GetProperty("imported").GetInt32());
        var topics = await factory.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAtUtc)
            .Select(s => s.Topics.OrderBy(t => t.Id).Select(t => t.Id).ToList()).ToListAsync());
        Assert.Equal([[lunar, policy], [], [policy]], topics);

        // Both templates have the column, and the workbook's help names the event's topics.
        using var csv = await organizer.GetAsync($"/api/v1/events/{eventId}/sessions/import/template?format=csv&lang=ko");
        Assert.EndsWith(",주제", (await csv.Content.ReadAsStringAsync()).TrimEnd());
        foreach (var (lang, header) in new[] { ("en", "topics"), ("ko", "주제") })
        {
            using var xlsx = await organizer.GetAsync($"/api/v1/events/{eventId}/sessions/import/template?format=xlsx&lang={lang}");
            using var workbook = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
            Assert.Contains(workbook.Worksheet(1).Row(1).CellsUsed(), c => c.GetString() == header);
            Assert.Contains(workbook.Worksheet(2).RowsUsed(), r => r.Cell(1).GetString() == header
                && r.Cell(2).GetString().Contains(lang == "ko" ? "달 탐사" : "Lunar exploration", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_Korean_template_has_Korean_headers_the_events_rooms_and_imports_once_filled_in()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, _, _, _, _) = await organizer.EventWithPeopleAsync(await factory.DemoForumIdAsync(), "import-template");

        using var response = await organizer.GetAsync($"/api/v1/events/{eventId}/sessions/import/template?format=xlsx&lang=ko");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("프로그램", sheet.Name);
        Assert.Equal(["종류", "제목_영어", "제목_한국어"], Enumerable.Range(1, 3).Select(c => sheet.Cell(1, c).GetString()));
        var help = workbook.Worksheet(2);
        Assert.Contains(help.RowsUsed(), r => r.Cell(2).GetString().Contains("A홀"));

        sheet.Cell(2, 1).SetValue("개회사");
        sheet.Cell(2, 3).SetValue("개회사");
        sheet.Cell(2, 6).SetValue("2026-11-10");
        sheet.Cell(2, 7).SetValue("10:00");
        sheet.Cell(2, 8).SetValue("10:15");
        sheet.Cell(2, 9).SetValue("A홀");
        using var filled = new MemoryStream();
        workbook.SaveAs(filled);
        using var import = await organizer.UploadAsync(eventId, filled.ToArray(), dryRun: false, "프로그램.xlsx");
        Assert.Equal(1, (await JsonAsync(import, HttpStatusCode.OK)).GetProperty("imported").GetInt32());

        using var csv = await organizer.GetAsync($"/api/v1/events/{eventId}/sessions/import/template?format=csv&lang=en");
        Assert.StartsWith(ProgrammeSheets.Header, (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        await factory.RefusedAsync(() => organizer.GetAsync($"/api/v1/events/{eventId}/sessions/import/template?format=pdf"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Damaged_old_oversized_or_empty_files_are_refused_clearly_and_outsiders_are_forbidden()
    {
        var organizer = await factory.OrganizerAsync();
        var (eventId, _, _, _, _) = await organizer.EventWithPeopleAsync(await factory.DemoForumIdAsync(), "import-refusals");

        byte[] damaged = [(byte)'P', (byte)'K', 3, 4, .. new byte[200]];
        Assert.Equal("unreadable", ProgrammeSheets.RowErrors(await factory.RefusedAsync(
            () => organizer.UploadAsync(eventId, damaged, dryRun: false, "broken.xlsx"), HttpStatusCode.BadRequest)).Single().Code);
        byte[] oldExcel = [0xD0, 0xCF, 0x11, 0xE0, .. new byte[100]];
        Assert.Equal("unreadable", ProgrammeSheets.RowErrors(await factory.RefusedAsync(
            () => organizer.UploadAsync(eventId, oldExcel, dryRun: true, "old.xls"), HttpStatusCode.BadRequest)).Single().Code);
        byte[] euckr = [.. "kind,title_ko,date,start,end\r\nPanel,"u8, 0xC8, 0xAB, 0xB1, 0xE6, 0xB5, 0xBF, .. ",2026-11-10,09:00,10:00\r\n"u8];
        Assert.Equal("encoding", ProgrammeSheets.RowErrors(await factory.RefusedAsync(
            () => organizer.UploadAsync(eventId, euckr, dryRun: true), HttpStatusCode.BadRequest)).Single().Code);
        var headerless = ProgrammeSheets.RowErrors(await factory.RefusedAsync(
            () => organizer.UploadAsync(eventId, "name,when\r\nx,y\r\n"u8.ToArray(), dryRun: true), HttpStatusCode.BadRequest));
        Assert.All(headerless, e => Assert.Equal("missing-header", e.Code));
        Assert.Equal("empty", ProgrammeSheets.RowErrors(await factory.RefusedAsync(
            () => organizer.UploadAsync(eventId, ProgrammeSheets.Csv(), dryRun: true), HttpStatusCode.BadRequest)).Single().Code);

        var large = new byte[6 * 1024 * 1024];
        var tooLarge = await factory.RefusedAsync(() => organizer.UploadAsync(eventId, large, dryRun: false), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("too-large", tooLarge.GetProperty("code").GetString());

        var outsider = await factory.DelegateAsync();
        await factory.RefusedAsync(() => outsider.UploadAsync(eventId, ProgrammeSheets.Csv("Panel,Mine,,,,2026-11-10,09:00,10:00,,,,,"), dryRun: false), HttpStatusCode.Forbidden);
        await factory.RefusedAsync(() => outsider.GetAsync($"/api/v1/events/{eventId}/sessions/import/template"), HttpStatusCode.Forbidden);
    }
}
