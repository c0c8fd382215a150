using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.People;

/// <summary>A person; <see cref="HangulName"/> keeps Korean family-name-first order.</summary>
public sealed record PersonSummary(
    int Id, string RomanizedName, string? HangulName, LocalizedText Position, PersonOrganization? Organization);

public sealed record PersonOrganization(int Id, LocalizedText Name, string? Acronym, string CountryCode);

public sealed record PersonDetail(
    int Id, string RomanizedName, string? HangulName, LocalizedText Position, PersonOrganization? Organization,
    IReadOnlyList<PersonSession> Sessions, bool FamilyNameFirst, string? CountryCode, LocalizedText Bio);

public sealed record PersonSession(int SessionId, int EventId, LocalizedText Title, SessionRole Role, DateTimeOffset StartsAt);

public static class PersonMapping
{
    public static PersonSummary ToSummary(this Person p) =>
        new(p.Id, p.RomanizedName, p.HangulName, p.Position.ToDto(), p.Organization?.ToDto());

    /// <summary>Needs Organization and Sessions.Session.Event loaded.</summary>
    public static PersonDetail ToDetail(this Person p) =>
        new(p.Id, p.RomanizedName, p.HangulName, p.Position.ToDto(), p.Organization?.ToDto(),
            [.. p.Sessions.OrderBy(s => s.Session.StartsAtUtc).Select(s => new PersonSession(
                s.SessionId, s.Session.EventId, s.Session.Title.ToDto(), s.Role, s.Session.Event.ToLocal(s.Session.StartsAtUtc)))],
            p.FamilyNameFirst, p.CountryCode, p.Bio.ToDto());

    private static PersonOrganization ToDto(this Organization o) => new(o.Id, o.Name.ToDto(), o.Acronym, o.CountryCode);
}
