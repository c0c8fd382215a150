namespace SpaceBridge.Web.Features.Programme.Import;

/// <summary>
/// The columns of a programme sheet. Each has an English and a Korean header (the two templates); either is accepted,
/// whatever the reader's language, and headers are compared without case or surrounding spaces.
/// </summary>
public static class ProgrammeImportColumns
{
    public const string Kind = "kind", TitleEn = "title_en", TitleKo = "title_ko", DescriptionEn = "description_en",
        DescriptionKo = "description_ko", Date = "date", Start = "start", End = "end", Room = "room", Speakers = "speakers",
        Moderators = "moderators", Panelists = "panelists", Topics = "topics", Published = "published";

    /// <summary>Every column in template order, with its Korean header.</summary>
    public static readonly IReadOnlyList<(string Key, string Korean)> All =
    [
        (Kind, "종류"), (TitleEn, "제목_영어"), (TitleKo, "제목_한국어"), (DescriptionEn, "설명_영어"), (DescriptionKo, "설명_한국어"),
        (Date, "날짜"), (Start, "시작"), (End, "종료"), (Room, "장소"), (Speakers, "연사"), (Moderators, "좌장"), (Panelists, "패널"),
        (Published, "공개"), (Topics, "주제"),
    ];

    /// <summary>Columns a sheet must have (a title needs title_en or title_ko as well).</summary>
    public static readonly string[] Required = [Kind, Date, Start, End];

    /// <summary>The column a header names, in either language; null for a column we do not read.</summary>
    public static string? KeyOf(string? header)
    {
        var h = header?.Trim();
        if (string.IsNullOrEmpty(h)) return null;
        foreach (var (key, korean) in All)
        {
            if (string.Equals(h, key, StringComparison.OrdinalIgnoreCase) || h == korean) return key;
        }
        return null;
    }

    public static string Header(string key, bool korean) => korean ? All.First(c => c.Key == key).Korean : key;
}
