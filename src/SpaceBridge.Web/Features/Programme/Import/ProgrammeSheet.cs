namespace SpaceBridge.Web.Features.Programme.Import;

/// <summary>One data row of a sheet: its line (1 = header) and its cells as text by column key; blank cells are null.</summary>
public sealed record ProgrammeSheetRow(int Line, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string key] => Cells.TryGetValue(key, out var value) ? value : null;
}

/// <summary>What a sheet holds before any check against the event: the columns found, the rows and the problems of reading.</summary>
public sealed record ProgrammeSheet(IReadOnlySet<string> Columns, IReadOnlyList<ProgrammeSheetRow> Rows, IReadOnlyList<ProgrammeImportError> Errors);
