using System.Globalization;
using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Api;
using C = SpaceBridge.Web.Features.Programme.Import.ProgrammeImportColumns;

namespace SpaceBridge.Web.Features.Programme.Import;

/// <summary>
/// Reads a programme sheet, an Excel workbook (.xlsx: its first worksheet) or a UTF-8 CSV file, told apart by their
/// first bytes, into text cells by column. Excel dates and times become yyyy-MM-dd and HH:mm. A cell holding a
/// formula, or text a spreadsheet would run as one (= + - @ first), is an error rather than a value, so nothing a
/// spreadsheet would execute enters the programme. Nothing here looks at the database.
/// </summary>
public static class ProgrammeSheetReader
{
    public const int MaxRows = 2000;
    /// <summary>Uncompressed size a workbook may unpack to; a few megabytes of zip can otherwise expand to gigabytes.</summary>
    public const long MaxUnpackedBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly string[] TimeColumns = [C.Start, C.End];

    public static ProgrammeSheet Read(byte[] content, IStringLocalizer l)
    {
        if (content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
        {
            return ReadWorkbook(content, l);
        }
        if (content.Length >= 4 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0)
        {
            return Refused(ProgrammeImportErrorCodes.Unreadable, l["ProgrammeImport.Error.OldExcel"]);
        }
        return ReadCsv(content, l);
    }

    private static ProgrammeSheet ReadWorkbook(byte[] content, IStringLocalizer l)
    {
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read))
            {
                if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
                {
                    return Refused(ProgrammeImportErrorCodes.TooLarge, l["ProgrammeImport.Error.Unpacked"]);
                }
            }
            using var workbook = new XLWorkbook(new MemoryStream(content));
            var sheet = workbook.Worksheets.FirstOrDefault();
            if (sheet?.LastRowUsed() is not { } lastRow)
            {
                return Refused(ProgrammeImportErrorCodes.Empty, l["ProgrammeImport.Error.Empty"]);
            }
            var header = sheet.Row(1);
            var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
            var index = new Dictionary<string, int>();
            for (var c = 1; c <= lastColumn; c++)
            {
                if (C.KeyOf(header.Cell(c).GetString()) is { } key) index.TryAdd(key, c);
            }
            var rowCount = lastRow.RowNumber() - 1;
            if (rowCount > MaxRows)
            {
                return Refused(ProgrammeImportErrorCodes.TooManyRows, l["ProgrammeImport.Error.TooManyRows", MaxRows]);
            }
            var errors = new List<ProgrammeImportError>();
            var rows = new List<ProgrammeSheetRow>();
            for (var r = 2; r <= lastRow.RowNumber(); r++)
            {
                var row = sheet.Row(r);
                if (row.IsEmpty()) continue;
                var cells = new Dictionary<string, string?>();
                foreach (var (key, column) in index)
                {
                    var cell = row.Cell(column);
                    if (cell.HasFormula)
                    {
                        errors.Add(new(r, key, ProgrammeImportErrorCodes.Formula, l["ProgrammeImport.Error.Formula"]));
                        continue;
                    }
                    cells[key] = Checked(CellText(cell, key), r, key, errors, l);
                }
                rows.Add(new ProgrammeSheetRow(r, cells));
            }
            return new ProgrammeSheet(index.Keys.ToHashSet(), rows, errors);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or InvalidOperationException
            or ArgumentException or NullReferenceException or System.Xml.XmlException or KeyNotFoundException or IndexOutOfRangeException)
        {
            // A damaged or foreign zip: ClosedXML reports it in many ways, none of which is the user's fault to read.
            return Refused(ProgrammeImportErrorCodes.Unreadable, l["ProgrammeImport.Error.Unreadable"]);
        }
    }

    private static string? CellText(IXLCell cell, string key)
    {
        if (cell.IsEmpty()) return null;
        var isTime = TimeColumns.Contains(key);
        return cell.DataType switch
        {
            XLDataType.DateTime when key == C.Date => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            XLDataType.DateTime when isTime => cell.GetDateTime().ToString("HH:mm", CultureInfo.InvariantCulture),
            XLDataType.TimeSpan => Clock(cell.GetTimeSpan()),
            XLDataType.Number when isTime && cell.GetDouble() is >= 0 and < 1 => Clock(TimeSpan.FromDays(cell.GetDouble())),
            XLDataType.Number when key == C.Date && cell.GetDouble() is > 1 and < 2958466 =>
                DateTime.FromOADate(cell.GetDouble()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
            XLDataType.Boolean => cell.GetBoolean() ? "yes" : "no",
            _ => cell.GetString(),
        };
    }

    private static string Clock(TimeSpan time)
    {
        var minutes = (int)Math.Round(time.TotalMinutes);
        return $"{minutes / 60:00}:{minutes % 60:00}";
    }

    private static ProgrammeSheet ReadCsv(byte[] content, IStringLocalizer l)
    {
        try
        {
            StrictUtf8.GetCharCount(content);
        }
        catch (DecoderFallbackException)
        {
            return Refused(ProgrammeImportErrorCodes.Encoding, l["ProgrammeImport.Error.Encoding"]);
        }
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            content = content[3..];
        }
        var errors = new List<ProgrammeImportError>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            TrimWhitespace = false,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = m => errors.Add(new((int)m.LineNumber, null, ProgrammeImportErrorCodes.Malformed, l["ProgrammeImport.Error.Malformed"])),
        };
        using var csv = CsvReader.Create(content, options);
        csv.ReadHeader();
        if (csv.Headers.Count == 0 || csv.Headers.All(string.IsNullOrWhiteSpace))
        {
            return Refused(ProgrammeImportErrorCodes.Empty, l["ProgrammeImport.Error.Empty"]);
        }
        var index = new Dictionary<string, int>();
        for (var i = 0; i < csv.Headers.Count; i++)
        {
            if (C.KeyOf(csv.Headers[i]) is { } key) index.TryAdd(key, i);
        }
        var rows = new List<ProgrammeSheetRow>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (rows.Count == MaxRows)
            {
                return Refused(ProgrammeImportErrorCodes.TooManyRows, l["ProgrammeImport.Error.TooManyRows", MaxRows]);
            }
            var cells = new Dictionary<string, string?>();
            foreach (var (key, i) in index)
            {
                cells[key] = Checked(csv.GetString(i), line, key, errors, l);
            }
            if (cells.Values.All(v => v is null) && errors.All(e => e.Line != line)) continue;
            rows.Add(new ProgrammeSheetRow(line, cells));
        }
        return new ProgrammeSheet(index.Keys.ToHashSet(), rows, errors);
    }

    /// <summary>The cell's text trimmed, null when blank; control characters and formula-like text are errors.</summary>
    private static string? Checked(string? raw, int line, string key, List<ProgrammeImportError> errors, IStringLocalizer l)
    {
        if (raw is null) return null;
        if (PlainText.HasControlCharacters(raw))
        {
            errors.Add(new(line, key, ProgrammeImportErrorCodes.ControlCharacter, l["ProgrammeImport.Error.ControlCharacter"]));
            return null;
        }
        var value = raw.Trim();
        if (value.Length == 0) return null;
        if (FormulaStarts.Contains(raw[0]) || FormulaStarts.Contains(value[0]))
        {
            errors.Add(new(line, key, ProgrammeImportErrorCodes.Formula, l["ProgrammeImport.Error.Formula"]));
            return null;
        }
        return value;
    }

    private static ProgrammeSheet Refused(string code, string message) =>
        new(new HashSet<string>(), [], [new ProgrammeImportError(1, null, code, message)]);
}
