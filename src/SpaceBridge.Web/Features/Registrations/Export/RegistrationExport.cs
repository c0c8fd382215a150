using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations.Import;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Registrations.Export;

/// <summary>
/// An event's registrations as CSV (UTF-8 with a byte order mark, so Excel shows Hangul) or as an Excel
/// workbook. Every text cell goes through <see cref="CellText.Neutralize"/>. The first columns are those
/// of the import file, so an export can be edited and imported into another event.
/// </summary>
public sealed class RegistrationExport(AppDbContext db)
{
    private static readonly string[] Header =
        [.. ImportColumns.All, "status", "delegation", "protocol_rank", "submitted_at_utc", "registration_id"];

    public async Task<List<string?[]>> RowsAsync(int eventId, CancellationToken ct = default)
    {
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId)
            .OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Email, r.HangulName, r.RomanizedName, r.OrganizationName, r.CountryCode, r.Position, r.ParticipantType, r.DietaryNeeds,
                r.AccessibilityNeeds, r.InterpreterLanguage, r.MeetingLanguages, r.ConsentToDirectory, r.Status, Delegation = r.Delegation == null ? null : r.Delegation.Name,
                r.ProtocolRank, r.SubmittedAtUtc, r.Id,
            })
            .ToListAsync(ct);
        return registrations.Select(r => new[]
        {
            r.Email, r.HangulName, r.RomanizedName, r.OrganizationName, r.CountryCode, r.Position, r.ParticipantType.ToString(), r.DietaryNeeds,
            r.AccessibilityNeeds, r.InterpreterLanguage, r.MeetingLanguages.Count == 0 ? null : string.Join(ImportColumns.ListSeparator, r.MeetingLanguages),
            r.ConsentToDirectory ? "yes" : "no", r.Status.ToString(), r.Delegation,
            r.ProtocolRank?.ToString(CultureInfo.InvariantCulture), r.SubmittedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            r.Id.ToString(CultureInfo.InvariantCulture),
        }.Select(CellText.Neutralize).ToArray()).ToList();
    }

    public async Task<byte[]> CsvAsync(int eventId, CancellationToken ct = default)
    {
        var rows = await RowsAsync(eventId, ct);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true))
        {
            foreach (var name in Header)
            {
                csv.WriteField(name);
            }
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell ?? "");
                }
                csv.EndRecord();
            }
            csv.Flush();
        }
        return stream.ToArray();
    }

    public async Task<byte[]> XlsxAsync(int eventId, CancellationToken ct = default)
    {
        var rows = await RowsAsync(eventId, ct);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Registrations");
        for (var c = 0; c < Header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Header[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                // Text cells, never formulas or numbers parsed from text.
                var cell = sheet.Cell(r + 2, c + 1);
                cell.DataType = XLDataType.Text;
                cell.SetValue(rows[r][c] ?? "");
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static readonly string CsvContentType = "text/csv; charset=utf-8";
    public static readonly string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(true);
}
