using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;
using C = SpaceBridge.Web.Features.Programme.Import.ProgrammeImportColumns;
using Codes = SpaceBridge.Web.Features.Programme.Import.ProgrammeImportErrorCodes;

namespace SpaceBridge.Web.Features.Programme.Import;

/// <summary>
/// Imports an event's programme from a sheet. A dry run reads every row, resolves rooms and people by name and checks
/// each session with <see cref="ProgrammeRules"/> against the sessions already held and the rows above it, so one run
/// lists every problem. An import checks again inside one transaction and adds every row through
/// <see cref="ProgrammeEditor"/>, the forms' path, or nothing.
/// </summary>
public sealed class ProgrammeImporter(AppDbContext db, ProgrammeEditor editor, AuditLog audit, IStringLocalizer<SharedResource> l)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    private static readonly char[] NameSeparators = [';', '；', '\n'];

    public Task<ProgrammeImportPlan> DryRunAsync(int eventId, byte[] content, CancellationToken ct = default) => CheckAsync(eventId, content, ct);

    public async Task<ProgrammeImportOutcome> ImportAsync(int eventId, byte[] content, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        ProgrammeImportPlan? checkedPlan = null;
        var line = 0;
        try
        {
            return await SerializableTransaction.RunAsync(db, async token =>
            {
                var plan = checkedPlan = await CheckAsync(eventId, content, token);
                if (!plan.IsValid)
                {
                    return new ProgrammeImportOutcome(plan, 0);
                }
                foreach (var row in plan.Rows)
                {
                    line = row.Line;
                    await editor.AddWithinTransactionAsync(eventId, row.Edit, token);
                }
                var forumId = await db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).FirstAsync(token);
                audit.Record(actor, "sessions.imported", $"event:{eventId}", $"{plan.Rows.Count} sessions imported", forumId, eventId);
                return new ProgrammeImportOutcome(plan, plan.Rows.Count);
            }, ct);
        }
        catch (Exception ex) when (ex is AgendaConflictException or DomainValidationException && checkedPlan is not null)
        {
            // Someone changed the programme between the check and the write: the transaction is rolled back and the row named.
            db.ChangeTracker.Clear();
            var errors = ex is AgendaConflictException conflict
                ? conflict.Violations.Select(v => new ProgrammeImportError(line, C.Room, Codes.RoomConflict, v.Message))
                : ((DomainValidationException)ex).Errors.SelectMany(e => e.Value.Select(m => new ProgrammeImportError(line, null, Codes.Required, m)));
            return new ProgrammeImportOutcome(checkedPlan with { Rows = [], Errors = [.. errors] }, 0);
        }
    }

    private async Task<ProgrammeImportPlan> CheckAsync(int eventId, byte[] content, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Venue).ThenInclude(v => v!.Rooms).FirstOrDefaultAsync(e => e.Id == eventId, ct)
            ?? throw new DomainValidationException("EventId", $"Event {eventId} does not exist.");
        var sheet = ProgrammeSheetReader.Read(content, l);
        var errors = new List<ProgrammeImportError>(sheet.Errors);
        if (sheet.Errors.Any(e => e.Line == 1))
        {
            return new ProgrammeImportPlan(0, [], errors);
        }
        var missing = C.Required.Where(c => !sheet.Columns.Contains(c)).ToList();
        if (!sheet.Columns.Contains(C.TitleEn) && !sheet.Columns.Contains(C.TitleKo))
        {
            missing.Add(C.TitleEn);
        }
        if (missing.Count > 0)
        {
            return new ProgrammeImportPlan(0, [], [.. missing.Select(c => new ProgrammeImportError(1, c, Codes.MissingHeader, l["ProgrammeImport.Error.MissingHeader", c]))]);
        }
        if (sheet.Rows.Count == 0)
        {
            return new ProgrammeImportPlan(0, [], [new ProgrammeImportError(1, null, Codes.Empty, l["ProgrammeImport.Error.NoRows"])]);
        }

        var rooms = ev.Venue?.Rooms ?? [];
        var topics = await db.Topics.AsNoTracking().Where(t => t.EventId == ev.Id).OrderBy(t => t.Id).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.ForumId == ev.ForumId || p.ForumId == null)
            .Select(p => new KnownPerson(p.Id, p.RomanizedName, p.HangulName)).ToListAsync(ct);
        var (eventStart, eventEnd) = ev.UtcRange();
        var held = await db.Sessions.AsNoTracking().Include(s => s.People).ThenInclude(p => p.Person)
            .Where(s => s.StartsAtUtc < eventEnd && eventStart < s.EndsAtUtc).ToListAsync(ct);
        var kinds = KindNames();
        var accepted = new List<ProgrammeImportRow>();
        var fileSessions = new List<Session>();

        foreach (var row in sheet.Rows)
        {
            var rowErrors = new List<ProgrammeImportError>();
            void Error(string column, string code, string message) => rowErrors.Add(new(row.Line, column, code, message));

            SessionKind kind = default;
            if (row[C.Kind] is not { } kindText) Error(C.Kind, Codes.Required, l["ProgrammeImport.Error.Required"]);
            else if (!kinds.TryGetValue(Normalize(kindText), out kind)) Error(C.Kind, Codes.Kind, l["ProgrammeImport.Error.Kind", string.Join(", ", Enum.GetNames<SessionKind>())]);

            var titleEn = Limited(row, C.TitleEn, EditRules.NameMax, Error);
            var titleKo = Limited(row, C.TitleKo, EditRules.NameMax, Error);
            if (titleEn is null && titleKo is null && !rowErrors.Any(e => e.Column is C.TitleEn or C.TitleKo))
                Error(sheet.Columns.Contains(C.TitleEn) ? C.TitleEn : C.TitleKo, Codes.Required, l["ProgrammeImport.Error.Title"]);
            var descriptionEn = Limited(row, C.DescriptionEn, EditRules.TextMax, Error);
            var descriptionKo = Limited(row, C.DescriptionKo, EditRules.TextMax, Error);

            DateOnly? day = null;
            if (row[C.Date] is not { } dateText) Error(C.Date, Codes.Required, l["ProgrammeImport.Error.Required"]);
            else if (ParseDate(dateText) is { } d) day = d;
            else Error(C.Date, Codes.Date, l["ProgrammeImport.Error.Date", dateText]);
            var start = Time(row, C.Start, Error);
            var end = Time(row, C.End, Error);

            Room? room = null;
            if (row[C.Room] is { } roomText)
            {
                room = rooms.FirstOrDefault(r => Same(r.Name.En, roomText) || Same(r.Name.Ko, roomText));
                if (room is null)
                {
                    var known = rooms.Count == 0 ? l["ProgrammeImport.NoRooms"].Value : string.Join(", ", rooms.Select(r => r.Name.Current));
                    Error(C.Room, Codes.UnknownRoom, l["ProgrammeImport.Error.UnknownRoom", roomText, known]);
                }
            }

            var roles = new List<(KnownPerson Person, SessionRole Role, string Column)>();
            foreach (var (column, role) in new[] { (C.Speakers, SessionRole.Speaker), (C.Moderators, SessionRole.Moderator), (C.Panelists, SessionRole.Panelist) })
            {
                foreach (var name in (row[column] ?? "").Split(NameSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var matches = people.Where(p => Same(p.RomanizedName, name) || SameHangul(p.HangulName, name)).ToList();
                    if (matches.Count == 0) Error(column, Codes.UnknownPerson, l["ProgrammeImport.Error.UnknownPerson", name]);
                    else if (matches.Count > 1) Error(column, Codes.AmbiguousPerson, l["ProgrammeImport.Error.AmbiguousPerson", name]);
                    else if (roles.Any(r => r.Person.Id == matches[0].Id)) Error(column, Codes.PersonTwice, l["ProgrammeImport.Error.PersonTwice", name]);
                    else roles.Add((matches[0], role, column));
                }
            }

            // Topics by their English or Korean name (or slug), separated by semicolons; only the event's own topics.
            var topicIds = new List<int>();
            foreach (var name in (row[C.Topics] ?? "").Split(NameSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var topic = topics.FirstOrDefault(t => Same(t.Name.En, name) || Same(t.Name.Ko, name) || Same(t.Slug, name));
                if (topic is null)
                {
                    var known = topics.Count == 0 ? l["ProgrammeImport.NoTopics"].Value : string.Join(", ", topics.Select(t => t.Name.Current));
                    Error(C.Topics, Codes.UnknownTopic, l["ProgrammeImport.Error.UnknownTopic", name, known]);
                }
                else if (!topicIds.Contains(topic.Id))
                {
                    topicIds.Add(topic.Id);
                }
            }

            var published = false;
            if (row[C.Published] is { } publishedText && !TryYesNo(publishedText, out published))
                Error(C.Published, Codes.YesNo, l["ProgrammeImport.Error.YesNo"]);

            if (rowErrors.Count == 0 && errors.All(e => e.Line != row.Line))
            {
                var startsUtc = ev.ToUtc(day!.Value, start!.Value);
                var endsUtc = ev.ToUtc(day.Value, end!.Value);
                var plan = new SessionPlan(null, startsUtc, endsUtc, room?.Id, [.. roles.Select(r => r.Person.Id)]);
                foreach (var v in ProgrammeRules.Check(plan, ev, held.Concat(fileSessions)))
                {
                    rowErrors.Add(Violation(row.Line, v, roles, held, fileSessions, ev));
                }
                if (rowErrors.Count == 0)
                {
                    var title = new BilingualText(titleEn, titleKo);
                    var edit = new SessionEdit(kind, title, startsUtc, endsUtc, room?.Id, [.. roles.Select(r => (r.Person.Id, r.Role))])
                    {
                        Description = new BilingualText(descriptionEn, descriptionKo),
                        Published = published,
                        TopicIds = topicIds,
                    };
                    accepted.Add(new ProgrammeImportRow(row.Line, edit, ev.ToLocal(startsUtc), ev.ToLocal(endsUtc), room?.Name.Current,
                        [.. roles.Select(r => r.Person.RomanizedName)]));
                    fileSessions.Add(new Session
                    {
                        Id = -row.Line, EventId = ev.Id, Title = title, StartsAtUtc = startsUtc, EndsAtUtc = endsUtc, RoomId = room?.Id,
                        People = [.. roles.Select(r => new SessionPerson
                        {
                            PersonId = r.Person.Id, Role = r.Role,
                            Person = new People.Person { Id = r.Person.Id, RomanizedName = r.Person.RomanizedName },
                        })],
                    });
                }
            }
            errors.AddRange(rowErrors);
        }
        return new ProgrammeImportPlan(sheet.Rows.Count, errors.Count == 0 ? accepted : [],
            [.. errors.OrderBy(e => e.Line).ThenBy(e => ColumnOrder(e.Column))]);
    }

    /// <summary>A broken agenda rule as a row error; a double booking names the other session, held or a row of the sheet.</summary>
    private ProgrammeImportError Violation(int line, AgendaViolation v, List<(KnownPerson Person, SessionRole Role, string Column)> roles,
        List<Session> held, List<Session> fileSessions, Event ev)
    {
        if (v.ConflictingSessionId is not { } otherId)
        {
            return v.Field == "EndsAt"
                ? new(line, C.End, Codes.EndBeforeStart, l["ProgrammeImport.Error.EndBeforeStart"])
                : new(line, C.Date, Codes.OutsideEvent, l["ProgrammeImport.Error.OutsideEvent", ev.StartDate.ToString("yyyy-MM-dd"), ev.EndDate.ToString("yyyy-MM-dd")]);
        }
        var other = otherId < 0 ? fileSessions.First(s => s.Id == otherId) : held.First(s => s.Id == otherId);
        var when = $"{ev.ToLocal(other.StartsAtUtc):yyyy-MM-dd HH:mm}–{ev.ToLocal(other.EndsAtUtc):HH:mm}";
        var named = otherId < 0
            ? l["ProgrammeImport.OtherRow", other.Title.Current, -otherId, when].Value
            : l["ProgrammeImport.OtherSession", other.Title.Current, when].Value;
        if (v.Field == "RoomId")
        {
            return new(line, C.Room, Codes.RoomConflict, l["ProgrammeImport.Error.RoomConflict", named]);
        }
        var clashing = roles.Where(r => other.People.Any(p => p.PersonId == r.Person.Id)).ToList();
        var person = clashing.FirstOrDefault(r => v.Message.StartsWith(r.Person.RomanizedName, StringComparison.Ordinal));
        if (person.Person is null) person = clashing.FirstOrDefault();
        return new(line, person.Column ?? C.Speakers, Codes.PersonConflict,
            l["ProgrammeImport.Error.PersonConflict", person.Person?.RomanizedName ?? "", named]);
    }

    private string? Limited(ProgrammeSheetRow row, string column, int max, Action<string, string, string> error)
    {
        var value = row[column];
        if (value?.Length > max)
        {
            error(column, Codes.TooLong, l["ProgrammeImport.Error.TooLong", max]);
            return null;
        }
        return value;
    }

    private TimeOnly? Time(ProgrammeSheetRow row, string column, Action<string, string, string> error)
    {
        if (row[column] is not { } text)
        {
            error(column, Codes.Required, l["ProgrammeImport.Error.Required"]);
            return null;
        }
        if (TimeOnly.TryParseExact(text, ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        error(column, Codes.Time, l["ProgrammeImport.Error.Time", text]);
        return null;
    }

    private static DateOnly? ParseDate(string text)
    {
        var compact = text.Replace(" ", "").TrimEnd('.');
        return DateOnly.TryParseExact(compact, ["yyyy-MM-dd", "yyyy-M-d", "yyyy.M.d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : null;
    }

    /// <summary>Kind names as the API spells them and as both languages label them, compared without case or spaces.</summary>
    private Dictionary<string, SessionKind> KindNames()
    {
        var names = new Dictionary<string, SessionKind>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in new[] { "en", "ko" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                foreach (var kind in Enum.GetValues<SessionKind>())
                {
                    names.TryAdd(Normalize(kind.ToString()), kind);
                    names.TryAdd(Normalize(l[$"SessionKind.{kind}"]), kind);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        return names;
    }

    private static string Normalize(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_')).Select(char.ToLowerInvariant)]);

    private static bool Same(string? a, string b) =>
        a is not null && string.Equals(string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    private static bool SameHangul(string? a, string b) => a is not null && a.Replace(" ", "") == b.Replace(" ", "");

    private static bool TryYesNo(string value, out bool result)
    {
        var v = value.Trim().ToLowerInvariant();
        result = v is "yes" or "y" or "true" or "1" or "예" or "네";
        return result || v is "no" or "n" or "false" or "0" or "아니오" or "아니요";
    }

    private static int ColumnOrder(string? column) => column is null ? -1 : C.All.ToList().FindIndex(c => c.Key == column);

    private sealed record KnownPerson(int Id, string RomanizedName, string? HangulName);
}
