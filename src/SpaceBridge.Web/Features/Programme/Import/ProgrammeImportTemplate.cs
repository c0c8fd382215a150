using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Sessions;
using C = SpaceBridge.Web.Features.Programme.Import.ProgrammeImportColumns;

namespace SpaceBridge.Web.Features.Programme.Import;

/// <summary>
/// The sheet to fill in, in English or Korean: the header row (in that language) and, in the workbook, a second
/// worksheet explaining each column with the event's rooms, the session kinds and an example row.
/// </summary>
public sealed class ProgrammeImportTemplate(IStringLocalizer<SharedResource> l)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>A CSV file with the header row, UTF-8 with a byte order mark so spreadsheets read Hangul correctly.</summary>
    public byte[] Csv(bool korean)
    {
        var header = string.Join(',', C.All.Select(c => C.Header(c.Key, korean))) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(header)];
    }

    public byte[] Xlsx(Event ev, IReadOnlyList<Room> rooms, IReadOnlyList<Topic> topics, bool korean)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(korean ? "ko" : "en");
        try
        {
            using var workbook = new XLWorkbook();
            var sheet = workbook.Worksheets.Add(l["ProgrammeImport.Template.Sheet"]);
            for (var i = 0; i < C.All.Count; i++)
            {
                var cell = sheet.Cell(1, i + 1);
                cell.SetValue(C.Header(C.All[i].Key, korean));
                cell.Style.Font.Bold = true;
            }
            // Date and time columns hold text, so Excel keeps 2026-11-08 and 09:30 as written.
            foreach (var key in new[] { C.Date, C.Start, C.End })
            {
                sheet.Column(C.All.ToList().FindIndex(c => c.Key == key) + 1).Style.NumberFormat.Format = "@";
            }
            sheet.SheetView.FreezeRows(1);
            // Fixed widths: measuring text needs fonts the server may not have.
            sheet.Columns(1, C.All.Count).Width = 16;

            var help = workbook.Worksheets.Add(l["ProgrammeImport.Template.HelpSheet"]);
            help.Cell(1, 1).SetValue(l["ProgrammeImport.Template.Column"].Value);
            help.Cell(1, 2).SetValue(l["ProgrammeImport.Template.Meaning"].Value);
            help.Cell(1, 3).SetValue(l["ProgrammeImport.Template.Example"].Value);
            help.Row(1).Style.Font.Bold = true;
            var roomNames = rooms.Count == 0 ? l["ProgrammeImport.NoRooms"].Value : string.Join(", ", rooms.Select(r => r.Name.Current));
            var topicNames = topics.Count == 0 ? l["ProgrammeImport.NoTopics"].Value : string.Join(", ", topics.Select(t => t.Name.Current));
            var kinds = string.Join(", ", Enum.GetValues<SessionKind>().Select(k => $"{k} ({l[$"SessionKind.{k}"]})"));
            var example = Example(ev, rooms, topics, korean);
            var r = 2;
            foreach (var (key, _) in C.All)
            {
                help.Cell(r, 1).SetValue(C.Header(key, korean));
                help.Cell(r, 2).SetValue(key switch
                {
                    C.Kind => l["ProgrammeImport.Help.Kind", kinds].Value,
                    C.Date => l["ProgrammeImport.Help.Date", ev.StartDate.ToString("yyyy-MM-dd"), ev.EndDate.ToString("yyyy-MM-dd"), ev.TimeZoneId].Value,
                    C.Room => l["ProgrammeImport.Help.Room", roomNames].Value,
                    C.Topics => l["ProgrammeImport.Help.Topics", topicNames].Value,
                    _ => l[$"ProgrammeImport.Help.{key}"].Value,
                });
                help.Cell(r, 3).SetValue(example.GetValueOrDefault(key, ""));
                r++;
            }
            help.Column(1).Width = 18;
            help.Column(2).Width = 90;
            help.Column(2).Style.Alignment.WrapText = true;
            help.Column(3).Width = 30;
            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            return stream.ToArray();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Dictionary<string, string> Example(Event ev, IReadOnlyList<Room> rooms, IReadOnlyList<Topic> topics, bool korean) => new()
    {
        [C.Kind] = SessionKind.Panel.ToString(),
        [C.TitleEn] = "Space supply chains",
        [C.TitleKo] = "우주 공급망",
        [C.Date] = ev.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [C.Start] = "10:00",
        [C.End] = "11:00",
        [C.Room] = rooms.Count == 0 ? "" : (korean ? rooms[0].Name.Ko ?? rooms[0].Name.Current : rooms[0].Name.En ?? rooms[0].Name.Current),
        [C.Speakers] = korean ? "홍길동; Jane Doe" : "Jane Doe; Hong Gil-dong",
        [C.Topics] = string.Join("; ", topics.Take(2).Select(t => (korean ? t.Name.Ko : t.Name.En) ?? t.Name.Current)),
        [C.Published] = korean ? "아니오" : "no",
    };
}
