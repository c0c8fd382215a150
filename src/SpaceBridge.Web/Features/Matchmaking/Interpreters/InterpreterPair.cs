using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

/// <summary>The two languages an interpreter works between (codes of <see cref="MeetingLanguageCodes"/>), as a pool stores them.</summary>
public sealed record InterpreterPair(string LanguageA, string LanguageB)
{
    /// <summary>"Korean – Spanish interpreter", in the localizer's culture.</summary>
    public string Describe(IStringLocalizer l) =>
        l["MyAgenda.Interpreter", l[MeetingLanguageCodes.NameKey(LanguageA)].Value, l[MeetingLanguageCodes.NameKey(LanguageB)].Value];

    public override string ToString() => $"{LanguageA}-{LanguageB}";
}
