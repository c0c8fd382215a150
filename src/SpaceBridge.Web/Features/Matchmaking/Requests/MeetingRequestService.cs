using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>
/// Every rule about meeting requests lives here: who may ask whom, how many, when, and how a request moves from
/// Pending to Accepted, Declined, Cancelled or Expired. Callers pass the acting participant's registration id.
/// </summary>
public sealed class MeetingRequestService(AppDbContext db, TimeProvider clock, MeetingMail mail, IStringLocalizer<SharedResource> l)
{
    public const int MaxMessageLength = 2000, MaxReasonLength = 500;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<MeetingRequest> SendAsync(int fromRegistrationId, int toRegistrationId, string? message, int? opportunityId, CancellationToken ct,
        MeetingMark mark = MeetingMark.Meet)
    {
        EnsureKnown(mark);
        var from = await db.Registrations.AsNoTracking().FirstAsync(r => r.Id == fromRegistrationId, ct);
        var eventId = from.EventId;
        var to = await db.Registrations.AsNoTracking().Approved(eventId).FirstOrDefaultAsync(r => r.Id == toRegistrationId, ct)
            ?? throw new DomainValidationException("to", l["Meetings.Error.NoSuchParticipant"]);
        if (to.Id == from.Id)
        {
            throw new DomainValidationException("to", l["Meetings.Error.Self"]);
        }
        if (MatchmakingParticipants.SameOrganization(from, to))
        {
            throw new DomainValidationException("to", l["Meetings.Error.OwnOrganization"]);
        }
        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (message?.Length > MaxMessageLength)
        {
            throw new DomainValidationException("message", l["Meetings.Error.MessageTooLong", MaxMessageLength]);
        }
        var settings = await db.MatchmakingSettings.AsNoTracking().FirstOrDefaultAsync(s => s.EventId == eventId, ct)
            ?? new MatchmakingSettings { EventId = eventId };
        var now = Now;
        if ((settings.RequestsOpenUtc is { } opens && now < opens) || (settings.RequestsCloseUtc is { } closes && now >= closes))
        {
            throw new DomainValidationException("window", l["Meetings.Error.Window"]);
        }
        if (opportunityId is not null)
        {
            var forumId = await db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).FirstAsync(ct);
            if (!await db.Opportunities.AnyAsync(o => o.Id == opportunityId && o.ForumId == forumId && o.IsOpen, ct))
            {
                throw new DomainValidationException("opportunityId", l["Meetings.Error.NoSuchOpportunity"]);
            }
        }

        await ExpireDueAsync(ct);
        // Duplicate and quota checks and the insert run in one serializable transaction: two racing requests cannot both pass.
        var request = await SerializableTransaction.RunAsync(db, async token =>
        {
            var open = new[] { MeetingRequestStatus.Pending, MeetingRequestStatus.Accepted };
            if (await db.MeetingRequests.AnyAsync(r => r.EventId == eventId && open.Contains(r.Status)
                    && ((r.FromRegistrationId == from.Id && r.ToRegistrationId == to.Id) || (r.FromRegistrationId == to.Id && r.ToRegistrationId == from.Id)), token))
            {
                throw new DomainValidationException("to", l["Meetings.Error.Duplicate"]);
            }
            // Pending and accepted requests count against the quota; declined, expired and cancelled ones free their place.
            var sent = await db.MeetingRequests.CountAsync(r => r.EventId == eventId && r.FromRegistrationId == from.Id && open.Contains(r.Status), token);
            if (sent >= settings.MaxRequestsPerParticipant)
            {
                throw new DomainValidationException("to", l["Meetings.Error.Quota", settings.MaxRequestsPerParticipant]);
            }
            var created = new MeetingRequest
            {
                EventId = eventId,
                FromRegistrationId = from.Id,
                ToRegistrationId = to.Id,
                OpportunityId = opportunityId,
                Message = message,
                FromMark = mark,
                Status = MeetingRequestStatus.Pending,
                CreatedAtUtc = now,
                ExpiresAtUtc = now.AddDays(settings.RequestExpiryDays),
            };
            db.MeetingRequests.Add(created);
            return created;
        }, ct);

        await NotifyAsync(request, to.Id, from.Id, "Received", ct);
        return request;
    }

    /// <summary>Accepts a request sent to the acting participant, with their own mark (meet when not given).</summary>
    public Task<MeetingRequest> AcceptAsync(int requestId, int actingRegistrationId, int? expectedVersion, CancellationToken ct,
        MeetingMark mark = MeetingMark.Meet)
    {
        EnsureKnown(mark);
        return AnswerAsync(requestId, r => r.ToRegistrationId == actingRegistrationId, expectedVersion, r =>
        {
            r.Status = MeetingRequestStatus.Accepted;
            r.ToMark = mark;
            r.RespondedAtUtc = Now;
        }, ct);
    }

    /// <summary>A mark outside must-meet, meet and optional (a number that names none) is a field error.</summary>
    private void EnsureKnown(MeetingMark mark)
    {
        if (!Enum.IsDefined(mark))
        {
            throw new DomainValidationException("mark", l["Meetings.Mark.Unknown"]);
        }
    }

    public Task<MeetingRequest> DeclineAsync(int requestId, int actingRegistrationId, string? reason, int? expectedVersion, CancellationToken ct)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > MaxReasonLength)
        {
            throw new DomainValidationException("reason", l["Meetings.Error.ReasonTooLong", MaxReasonLength]);
        }
        return AnswerAsync(requestId, r => r.ToRegistrationId == actingRegistrationId, expectedVersion, r =>
        {
            r.Status = MeetingRequestStatus.Declined;
            r.DeclineReason = reason;
            r.RespondedAtUtc = Now;
        }, ct);
    }

    public Task<MeetingRequest> CancelAsync(int requestId, int actingRegistrationId, int? expectedVersion, CancellationToken ct) =>
        AnswerAsync(requestId, r => r.FromRegistrationId == actingRegistrationId, expectedVersion, r =>
        {
            r.Status = MeetingRequestStatus.Cancelled;
            r.RespondedAtUtc = Now;
        }, ct);

    /// <summary>Marks every pending request whose time is up as Expired. Returns how many changed.</summary>
    public Task<int> ExpireDueAsync(CancellationToken ct)
    {
        var now = Now;
        return db.MeetingRequests.Where(r => r.Status == MeetingRequestStatus.Pending && r.ExpiresAtUtc <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, MeetingRequestStatus.Expired).SetProperty(r => r.Version, r => r.Version + 1), ct);
    }

    private async Task<MeetingRequest> AnswerAsync(int requestId, Func<MeetingRequest, bool> mayAct, int? expectedVersion,
        Action<MeetingRequest> apply, CancellationToken ct)
    {
        await ExpireDueAsync(ct);
        var request = await db.MeetingRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null || !mayAct(request))
        {
            throw new MeetingRequestRefused(RefusalKind.NotFound, l["Meetings.Error.NotFound"]);
        }
        if (request.Status != MeetingRequestStatus.Pending)
        {
            throw new MeetingRequestRefused(RefusalKind.Conflict, l["Meetings.Error.NotPending", l[$"MeetingRequestStatus.{request.Status}"]]);
        }
        if (expectedVersion is not null && expectedVersion != request.Version)
        {
            throw new MeetingRequestRefused(RefusalKind.Conflict, l["Meetings.Error.Changed"]);
        }
        apply(request);
        request.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone answered or cancelled it between our read and our write: theirs stands, ours changes nothing.
            db.ChangeTracker.Clear();
            throw new MeetingRequestRefused(RefusalKind.Conflict, l["Meetings.Error.Changed"]);
        }
        if (request.Status is MeetingRequestStatus.Accepted or MeetingRequestStatus.Declined)
        {
            await NotifyAsync(request, request.FromRegistrationId, request.ToRegistrationId, request.Status.ToString(), ct);
        }
        return request;
    }

    /// <summary>Mails <paramref name="recipientId"/> about the request, naming <paramref name="otherId"/>. Kinds: Received, Accepted, Declined.</summary>
    private async Task NotifyAsync(MeetingRequest request, int recipientId, int otherId, string kind, CancellationToken ct)
    {
        var recipients = await mail.RecipientsAsync([recipientId], ct);
        var others = await Counterparts.DescribeAsync(db, [otherId], ct);
        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == request.EventId, ct);
        if (!recipients.TryGetValue(recipientId, out var to) || !others.TryGetValue(otherId, out var other))
        {
            return;
        }
        await mail.SendAsync(to, culture =>
        {
            var text = l[$"Meetings.Mail.{kind}.Text", other.Describe(culture), ev.Name.In(culture)].Value;
            if (kind == "Received" && request.Message is not null)
            {
                text += "\n\n" + l["Meetings.Mail.Message"] + "\n" + request.Message;
            }
            if (kind == "Declined" && request.DeclineReason is not null)
            {
                text += "\n\n" + l["Meetings.Mail.Reason", request.DeclineReason];
            }
            text += "\n\n" + l["Meetings.Mail.SeeMeetings", $"/events/{request.EventId}/meetings"];
            return (l[$"Meetings.Mail.{kind}.Subject", other.Name(culture)], text);
        }, ct);
    }
}
