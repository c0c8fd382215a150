using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>A request as one of its two participants sees it: the other side, the private message, the state.</summary>
public sealed record MeetingRequestView(
    int Id, bool Incoming, Counterpart Other, string? Message, MeetingRequestStatus Status, string? DeclineReason,
    int? OpportunityId, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? RespondedAtUtc, int Version,
    MeetingMark FromMark = MeetingMark.Meet, MeetingMark ToMark = MeetingMark.Meet)
{
    /// <summary>The viewer's own mark on the request.</summary>
    public MeetingMark MyMark => Incoming ? ToMark : FromMark;

    /// <summary>The other side's mark on the request.</summary>
    public MeetingMark TheirMark => Incoming ? FromMark : ToMark;
}

public static class MeetingRequestViews
{
    /// <summary>The participant's own requests of the event, incoming and outgoing, newest first.</summary>
    public static async Task<List<MeetingRequestView>> ForParticipantAsync(AppDbContext db, int registrationId, CancellationToken ct)
    {
        var rows = await db.MeetingRequests.AsNoTracking()
            .Where(r => r.FromRegistrationId == registrationId || r.ToRegistrationId == registrationId)
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .ToListAsync(ct);
        var others = await Counterparts.DescribeAsync(db,
            rows.Select(r => r.FromRegistrationId == registrationId ? r.ToRegistrationId : r.FromRegistrationId), ct);
        return rows.Select(r =>
        {
            var incoming = r.ToRegistrationId == registrationId;
            return new MeetingRequestView(r.Id, incoming, others[incoming ? r.FromRegistrationId : r.ToRegistrationId], r.Message, r.Status,
                r.DeclineReason, r.OpportunityId, r.CreatedAtUtc, r.ExpiresAtUtc, r.RespondedAtUtc, r.Version, r.FromMark, r.ToMark);
        }).ToList();
    }
}

/// <summary>
/// API shape of a request (camelCase JSON); times in the event's zone. The requester's and the recipient's marks
/// (Meet, MustMeet, Optional): must-meet requests are placed first.
/// </summary>
public sealed record MeetingRequestDto(
    int Id, string Direction, ParticipantDto Counterpart, string? Message, string Status, string? DeclineReason, int? OpportunityId,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RespondedAt, int Version, MeetingMark RequesterMark, MeetingMark RecipientMark)
{
    public static MeetingRequestDto From(MeetingRequestView v, Event ev, CultureInfo culture) => new(
        v.Id, v.Incoming ? "incoming" : "outgoing", ParticipantDto.From(v.Other, culture), v.Message, v.Status.ToString(), v.DeclineReason,
        v.OpportunityId, ev.ToLocal(v.CreatedAtUtc), ev.ToLocal(v.ExpiresAtUtc), v.RespondedAtUtc is { } at ? ev.ToLocal(at) : null, v.Version,
        v.FromMark, v.ToMark);
}

public sealed record ParticipantDto(int RegistrationId, string Name, string Organization, string CountryCode, string Country)
{
    public static ParticipantDto From(Counterpart c, CultureInfo culture) =>
        new(c.RegistrationId, c.Name(culture), c.OrganizationIn(culture), c.CountryCode, c.CountryIn(culture));
}
