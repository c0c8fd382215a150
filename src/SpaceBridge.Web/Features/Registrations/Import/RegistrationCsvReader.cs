using System.Text;
using CsvHelper;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Api;
using C = SpaceBridge.Web.Features.Registrations.Import.ImportColumns;

namespace SpaceBridge.Web.Features.Registrations.Import;

/// <summary>
/// Reads an import file and checks every row without touching the database: the caller passes the
/// known country codes and the e-mails already registered for the event. Every problem is reported
/// with its line and column, so one dry run lists everything to fix.
///
/// Formula injection: a cell that starts with = + - @ (or a tab or carriage return) is rejected as a
/// row error ("formula-like content") rather than stored, so nothing that a spreadsheet would run ever
/// enters the database through an import.
/// </summary>
public static class RegistrationCsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static ImportPlan Read(byte[] content, ISet<string> countryCodes, ISet<string> registeredEmails, IStringLocalizer l)
    {
        var errors = new List<ImportRowError>();
        if (InvalidUtf8Lines(content) is { Count: > 0 } badLines)
        {
            errors.AddRange(badLines.Select(line => new ImportRowError(line, null, ImportErrorCodes.Encoding, l["Import.Error.Encoding"])));
            return new ImportPlan(0, [], errors);
        }

        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            TrimWhitespace = false,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = m => errors.Add(new ImportRowError((int)m.LineNumber, null, ImportErrorCodes.Malformed, l["Import.Error.Malformed"])),
        };
        using var csv = CsvReader.Create(content, options);
        csv.ReadHeader();
        if (csv.Headers.Count == 0 || csv.Headers.All(string.IsNullOrWhiteSpace))
        {
            return new ImportPlan(0, [], [new ImportRowError(1, null, ImportErrorCodes.Empty, l["Import.Error.Empty"])]);
        }
        var index = new Dictionary<string, int>();
        foreach (var column in C.All)
        {
            if (csv.TryGetFieldIndex(column, out var i))
            {
                index[column] = i;
            }
        }
        var missing = C.Required.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            errors.AddRange(missing.Select(c => new ImportRowError(1, c, ImportErrorCodes.MissingHeader, l["Import.Error.MissingHeader", c])));
            return new ImportPlan(0, [], errors);
        }

        var rows = new List<ImportRow>();
        var seenEmails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rowCount = 0;
        while (csv.Read())
        {
            rowCount++;
            var line = (int)csv.LineNumber;
            var before = errors.Count;
            void Error(string column, string code, string message) => errors.Add(new ImportRowError(line, column, code, message));

            string? Cell(string column, int max, bool required = false)
            {
                if (!index.TryGetValue(column, out var i))
                {
                    return null;
                }
                var raw = csv.GetString(i);
                if (PlainText.HasControlCharacters(raw))
                {
                    Error(column, ImportErrorCodes.ControlCharacter, l["Import.Error.ControlCharacter"]);
                    return null;
                }
                var value = raw.Trim();
                if (raw.Length > 0 && (FormulaStarts.Contains(raw[0]) || (value.Length > 0 && FormulaStarts.Contains(value[0]))))
                {
                    Error(column, ImportErrorCodes.Formula, l["Import.Error.Formula"]);
                    return null;
                }
                if (value.Length == 0)
                {
                    if (required) Error(column, ImportErrorCodes.Required, l["Import.Error.Required"]);
                    return null;
                }
                if (value.Length > max)
                {
                    Error(column, ImportErrorCodes.TooLong, l["Registration.Error.TooLong", max]);
                    return null;
                }
                return value;
            }

            var email = Cell(C.Email, RegistrationRules.EmailMax, required: true);
            var hangul = Cell(C.HangulName, RegistrationRules.HangulNameMax);
            var romanized = Cell(C.RomanizedName, RegistrationRules.NameMax, required: true);
            var organization = Cell(C.Organization, RegistrationRules.OrganizationMax, required: true);
            var country = Cell(C.Country, 2, required: true)?.ToUpperInvariant();
            var position = Cell(C.Position, RegistrationRules.PositionMax);
            var typeText = Cell(C.ParticipantType, 32, required: true);
            var dietary = Cell(C.DietaryNeeds, RegistrationRules.NeedsMax);
            var accessibility = Cell(C.AccessibilityNeeds, RegistrationRules.NeedsMax);
            var interpreter = Cell(C.InterpreterLanguage, 8)?.ToLowerInvariant();
            var meetingText = Cell(C.MeetingLanguages, 64);
            var consentText = Cell(C.ConsentToDirectory, 8);

            if (email is not null)
            {
                var normalized = RegistrationRules.NormalizeEmail(email);
                if (!RegistrationRules.IsEmail(email))
                    Error(C.Email, ImportErrorCodes.Email, l["Import.Error.Email"]);
                else if (seenEmails.TryGetValue(normalized, out var firstLine))
                    Error(C.Email, ImportErrorCodes.DuplicateInFile, l["Import.Error.DuplicateInFile", firstLine]);
                else if (registeredEmails.Contains(normalized))
                    Error(C.Email, ImportErrorCodes.AlreadyRegistered, l["Import.Error.AlreadyRegistered"]);
                seenEmails.TryAdd(normalized, line);
                email = normalized;
            }
            if (country is not null && !countryCodes.Contains(country))
                Error(C.Country, ImportErrorCodes.Country, l["Import.Error.Country", country]);
            Registrations.ParticipantType type = default;
            if (typeText is not null && !(Enum.TryParse(typeText, ignoreCase: true, out type) && Enum.IsDefined(type) && !char.IsAsciiDigit(typeText[0])))
                Error(C.ParticipantType, ImportErrorCodes.ParticipantType, l["Import.Error.ParticipantType", string.Join(", ", Enum.GetNames<Registrations.ParticipantType>())]);
            if (interpreter is not null && !RegistrationRules.InterpreterLanguages.Contains(interpreter))
                Error(C.InterpreterLanguage, ImportErrorCodes.InterpreterLanguage, l["Registration.Error.InterpreterLanguage"]);
            var meetingLanguages = MeetingLanguages(meetingText, interpreter, Error, l);
            var consent = false;
            if (consentText is not null && !TryYesNo(consentText, out consent))
                Error(C.ConsentToDirectory, ImportErrorCodes.YesNo, l["Import.Error.YesNo"]);

            if (errors.Count == before && errors.All(e => e.Line != line))
            {
                rows.Add(new ImportRow(line, email!, new RegistrationDetails
                {
                    HangulName = hangul,
                    RomanizedName = romanized!,
                    OrganizationName = organization!,
                    CountryCode = country!,
                    Position = position,
                    ParticipantType = type,
                    DietaryNeeds = dietary,
                    AccessibilityNeeds = accessibility,
                    NeedsInterpreter = interpreter is not null,
                    InterpreterLanguage = interpreter,
                    MeetingLanguages = meetingLanguages,
                    ConsentToDirectory = consent,
                    ConsentToProcessing = false,
                }));
            }
        }
        if (rowCount == 0 && errors.Count == 0)
        {
            errors.Add(new ImportRowError(1, null, ImportErrorCodes.Empty, l["Import.Error.NoRows"]));
        }
        return new ImportPlan(rowCount, rows, errors.OrderBy(e => e.Line).ToList());
    }

    /// <summary>
    /// The codes of a meeting_languages cell ("ko;en" or "ko, en"), the preferred first; an unknown code is an error of the
    /// cell, and so is a session interpretation language (interpreter_language) that is not among them, as on the form.
    /// </summary>
    private static List<string> MeetingLanguages(string? cell, string? interpreter, Action<string, string, string> error, IStringLocalizer l)
    {
        if (cell is null)
        {
            return [];
        }
        var codes = cell.Split(C.ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.FirstOrDefault(code => !MeetingLanguageCodes.IsKnown(code)) is { } unknown)
        {
            error(C.MeetingLanguages, ImportErrorCodes.MeetingLanguage, l["Interpreters.Error.UnknownLanguage", unknown]);
            return [];
        }
        var languages = MeetingLanguageCodes.Normalize(codes);
        // An unknown interpreter language is that cell's error alone; the meeting languages are then not blamed for it.
        if (interpreter is not null && RegistrationRules.InterpreterLanguages.Contains(interpreter) && languages.Count > 0 && !languages.Contains(interpreter))
        {
            error(C.MeetingLanguages, ImportErrorCodes.InterpreterLanguageNotSpoken, l["Interpreters.Error.InterpreterLanguageNotSpoken"]);
        }
        return languages;
    }

    private static bool TryYesNo(string value, out bool result)
    {
        result = value.ToLowerInvariant() is "yes" or "y" or "true" or "1" or "예" or "네";
        return result || value.ToLowerInvariant() is "no" or "n" or "false" or "0" or "아니오" or "아니요";
    }

    /// <summary>Lines holding bytes that are not valid UTF-8 (a file saved as EUC-KR/CP949 or Latin-1, for example).</summary>
    private static List<int> InvalidUtf8Lines(byte[] content)
    {
        try
        {
            StrictUtf8.GetCharCount(content);
            return [];
        }
        catch (DecoderFallbackException)
        {
            var lines = new List<int>();
            var start = 0;
            for (var line = 1; start <= content.Length; line++)
            {
                var end = Array.IndexOf(content, (byte)'\n', start);
                var length = (end < 0 ? content.Length : end) - start;
                try { StrictUtf8.GetCharCount(content, start, length); }
                catch (DecoderFallbackException) { lines.Add(line); }
                if (end < 0) break;
                start = end + 1;
            }
            return lines;
        }
    }
}
