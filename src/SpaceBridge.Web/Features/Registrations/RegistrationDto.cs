using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>A registration as the API returns it. The badge token is left out: badges carry it, lists do not.</summary>
public sealed record RegistrationDto(
    int Id,
    int EventId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<RegistrationStatus>))] RegistrationStatus Status,
    string Email,
    string? HangulName,
    string RomanizedName,
    string OrganizationName,
    string CountryCode,
    string? Position,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ParticipantType>))] ParticipantType ParticipantType,
    string? DietaryNeeds,
    string? AccessibilityNeeds,
    bool NeedsInterpreter,
    string? InterpreterLanguage,
    IReadOnlyList<string> MeetingLanguages,
    bool ConsentToDirectory,
    int? DelegationId,
    int? ProtocolRank,
    DateTime SubmittedAtUtc,
    DateTime StatusChangedAtUtc,
    string? StatusReason,
    int Version)
{
    public static IQueryable<RegistrationDto> Project(IQueryable<Registration> query) =>
        query.Select(r => new RegistrationDto(r.Id, r.EventId, r.Status, r.Email, r.HangulName, r.RomanizedName, r.OrganizationName, r.CountryCode,
            r.Position, r.ParticipantType, r.DietaryNeeds, r.AccessibilityNeeds, r.NeedsInterpreter, r.InterpreterLanguage, r.MeetingLanguages, r.ConsentToDirectory,
            r.DelegationId, r.ProtocolRank, r.SubmittedAtUtc, r.StatusChangedAtUtc, r.StatusReason, r.Version));

    public static RegistrationDto From(Registration r) => Project(new[] { r }.AsQueryable()).Single();
}

/// <summary>A page of a list: the agreed shape of every list endpoint.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>A bulk decision on registrations, each with the version the organizer saw; every member but the reason required.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ReviewRequest(
    [property: JsonRequired] ReviewDecision Decision,
    [property: Required, DistinctItems(Key = nameof(ReviewItem.RegistrationId))] IReadOnlyList<ReviewItem> Items,
    string? Reason);

public sealed record ReviewResponse(IReadOnlyList<StatusChangeDto> Changes);

public sealed record StatusChangeDto(int RegistrationId, string? From, string To, bool Promoted)
{
    public static StatusChangeDto Of(StatusChange c) => new(c.RegistrationId, c.From?.ToString(), c.To.ToString(), c.Promoted);
}

public sealed record ImportResponse(bool DryRun, int RowCount, int ValidRows, int Imported);
