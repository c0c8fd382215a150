using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

/// <summary>The two languages an interpreter works between (codes of <see cref="MeetingLanguageCodes"/>), as a pool stores them.</summary>
public sealed record InterpreterPair(string LanguageA, string LanguageB)
{
    /// <summary>"Korean – Spanish interpreter", in the localizer's culture.</summary>
    public string Describe(IStringLocalizer l) => l["MyAgenda.Interpreter", NameOf(LanguageA, l), NameOf(LanguageB, l)];

    /// <summary>"Interpreting between Korean and Spanish is arranged for this meeting.", for the meeting e-mails.</summary>
    public string Arranged(IStringLocalizer l) => l["Meetings.Mail.Interpreter", NameOf(LanguageA, l), NameOf(LanguageB, l)];

    private static string NameOf(string code, IStringLocalizer l) => l[MeetingLanguageCodes.NameKey(code)].Value;

    public override string ToString() => $"{LanguageA}-{LanguageB}";

    /// <summary>The event's pools in id order, the order in which a run takes the first covering one (<see cref="InterpreterUse.PairFor"/>).</summary>
    public static Task<List<InterpreterPair>> OfEventAsync(AppDbContext db, int eventId, CancellationToken ct) =>
        db.Set<EventInterpreterPool>().AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.Id)
            .Select(p => new InterpreterPair(p.LanguageA, p.LanguageB)).ToListAsync(ct);
}
