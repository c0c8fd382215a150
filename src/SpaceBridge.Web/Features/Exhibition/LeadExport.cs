using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations.Export;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>
/// An exhibitor's leads as CSV (UTF-8 with a byte order mark) or Excel. A visitor who consented to share contact details
/// is a row of their own (<c>kind</c> = lead); the others are one row (<c>kind</c> = anonymous) that only counts them.
/// Every text cell goes through <see cref="CellText.Neutralize"/>, so nothing a visitor or staff typed runs as a formula.
/// </summary>
public sealed class LeadExport(AppDbContext db)
{
    public static readonly string[] Header =
        ["kind", "visitors", "scanned_at_utc", "hangul_name", "romanized_name", "organization", "country", "position", "email", "rating", "notes", "scanned_by"];

    public async Task<List<string?[]>> RowsAsync(int exhibitorId, CancellationToken ct = default)
    {
        var leads = await db.Leads.AsNoTracking().Where(l => l.ExhibitorId == exhibitorId)
            .OrderBy(l => l.ScannedAtUtc).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.ConsentToShare, l.ScannedAtUtc, l.Registration.HangulName, l.Registration.RomanizedName, l.Registration.OrganizationName,
                l.Registration.CountryCode, l.Registration.Position, l.Registration.Email, l.Rating, l.Notes,
                ScannedBy = db.Users.Where(u => u.Id == l.ScannedByUserId).Select(u => u.Email).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var rows = leads.Where(l => l.ConsentToShare).Select(l => new[]
        {
            "lead", "1", l.ScannedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), l.HangulName, l.RomanizedName,
            l.OrganizationName, l.CountryCode, l.Position, l.Email, l.Rating?.ToString(CultureInfo.InvariantCulture), l.Notes, l.ScannedBy,
        }.Select(CellText.Neutralize).ToArray()).ToList();
        var anonymous = leads.Count(l => !l.ConsentToShare);
        if (anonymous > 0)
        {
            rows.Add(["anonymous", anonymous.ToString(CultureInfo.InvariantCulture), null, null, null, null, null, null, null, null, null, null]);
        }
        return rows;
    }

    public async Task<byte[]> CsvAsync(int exhibitorId, CancellationToken ct = default)
    {
        var rows = await RowsAsync(exhibitorId, ct);
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

    public async Task<byte[]> XlsxAsync(int exhibitorId, CancellationToken ct = default)
    {
        var rows = await RowsAsync(exhibitorId, ct);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Leads");
        for (var c = 0; c < Header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Header[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                cell.DataType = XLDataType.Text;
                cell.SetValue(rows[r][c] ?? "");
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
