using System.Globalization;
using CsvHelper;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Registrations.Export;
using SpaceBridge.Web.Features.Shared;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>The report's figures as CSV (UTF-8 with a byte order mark): one line per row of every section, labels in both languages.</summary>
public static class ReportCsv
{
    public static readonly string[] Header = ["section", "key", "label_en", "label_ko", "count"];

    public static byte[] Write(ForumReport report, IStringLocalizer localizer)
    {
        var en = CultureInfo.GetCultureInfo("en");
        var ko = CultureInfo.GetCultureInfo("ko");
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true))
        {
            foreach (var name in Header) csv.WriteField(name);
            csv.EndRecord();
            foreach (var section in report.Sections)
            {
                foreach (var row in section.Rows)
                {
                    csv.WriteField(section.Key);
                    csv.WriteField(CellText.Neutralize(row.Key));
                    csv.WriteField(CellText.Neutralize(ReportLabels.Of(row, localizer, en)));
                    csv.WriteField(CellText.Neutralize(ReportLabels.Of(row, localizer, ko)));
                    csv.WriteField(SmallCount.Plain(row.Count));
                    csv.EndRecord();
                }
            }
            csv.Flush();
        }
        return stream.ToArray();
    }
}
