namespace SpaceBridge.Web.Features.Registrations.Export;

/// <summary>Spreadsheet-safe text: a value a spreadsheet would run as a formula gets a leading apostrophe.</summary>
public static class CellText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string? Neutralize(string? value) =>
        value is { Length: > 0 } && FormulaStarts.Contains(value[0]) ? "'" + value : value;
}
