using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations.Organizations;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>
/// Registration status changes: submitting, cancelling and reviewing. Each runs in one serializable
/// transaction that also fills freed seats from the waitlist, and the people concerned are e-mailed
/// after it commits.
/// </summary>
public sealed class Registrar(AppDbContext db, AuditLog audit, RegistrationMailer mailer, TimeProvider clock, IStringLocalizer<SharedResource> l,
    OrganizationProposals proposals, RegistrationInvitations invitations)
{
    public async Task<Registration> SubmitAsync(int eventId, Registrant who, RegistrationDetails details, CancellationToken ct = default)
    {
        var email = RegistrationRules.NormalizeEmail(who.Email);
        var countries = (await db.Countries.Select(c => c.Code).ToListAsync(ct)).ToHashSet();
        (details, var proposal) = await OrganizationOfAsync(details, who, ct);
        RegistrationRules.Validate(details, email, countries, l);

        Registration registration;
        try
        {
            registration = await SerializableTransaction.RunAsync(db, async token =>
            {
                var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, token)
                    ?? throw new DomainValidationException("EventId", l["Registration.Error.NoEvent"]);
                if (!ev.Published)
                {
                    throw new DomainValidationException("EventId", l["Registration.Error.NoEvent"]);
                }
                var window = ev.RegistrationStateAt(clock.GetUtcNow().UtcDateTime);
                if (window != RegistrationWindowState.Open)
                {
                    throw new RegistrationWindowRefusal(ev, window);
                }
                var existing = await db.Registrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.Email == email, token);
                // One registration per address and event; a person may register again after cancelling their own.
                if (existing is not null && (existing.Status != RegistrationStatus.Cancelled || who.UserId is null || existing.UserId != who.UserId))
                {
                    throw new DomainValidationException("Email", l["Registration.Error.AlreadyRegistered"]);
                }
                var full = ev.Capacity is { } capacity && await SeatAllocation.ApprovedCountAsync(db, eventId, token) >= capacity;
                var now = clock.GetUtcNow().UtcDateTime;
                var r = NewRegistration(eventId, who, email, details, now, full ? RegistrationStatus.Waitlisted : RegistrationStatus.Submitted);
                if (proposal is not null && who.UserId is not null)
                {
                    r.Organization = proposals.Add(eventId, who.UserId, proposal.Value).Organization;
                }
                if (existing is null)
                {
                    db.Registrations.Add(r);
                    return r;
                }
                r.Id = existing.Id;
                r.Version = existing.Version + 1;
                db.Entry(existing).CurrentValues.SetValues(r);
                if (r.Organization is not null) existing.Organization = r.Organization;
                return existing;
            }, ct);
        }
        catch (DbUpdateException ex) when (SerializableTransaction.IsUniqueViolation(ex))
        {
            throw new DomainValidationException("Email", l["Registration.Error.AlreadyRegistered"]);
        }
        await mailer.SendAsync([new StatusChange(registration.Id, null, registration.Status)], ct);
        if (who.UserId is null)
        {
            await invitations.QueueAsync([registration.Id], ct);
        }
        return registration;
    }

    /// <summary>
    /// The organization the registration names: an approved one (or the registrant's own proposal) by id, or a new
    /// proposal checked here and added in the registration's transaction. Its name fills the free-text organization.
    /// </summary>
    private async Task<(RegistrationDetails, (BilingualText Name, string Country, string? Website)?)> OrganizationOfAsync(
        RegistrationDetails details, Registrant who, CancellationToken ct)
    {
        if (details.NewOrganization is { } proposed && who.UserId is not null)
        {
            var valid = await proposals.ValidateAsync(proposed, "NewOrganization", ct);
            return (details with { OrganizationId = null, OrganizationName = valid.Name.En ?? valid.Name.Ko ?? "" }, valid);
        }
        if (details.OrganizationId is { } organizationId)
        {
            if (!await proposals.MayNameAsync(organizationId, who.UserId, ct))
            {
                throw new DomainValidationException(nameof(details.OrganizationId), l["OrgProposal.Error.Unknown"]);
            }
            var name = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name.En ?? o.Name.Ko).FirstAsync(ct);
            return (details with { OrganizationName = name ?? details.OrganizationName }, null);
        }
        return (details, null);
    }

    public static Registration NewRegistration(int eventId, Registrant who, string email, RegistrationDetails d, DateTime now, RegistrationStatus status) => new()
    {
        EventId = eventId,
        UserId = who.UserId,
        SubmittedByUserId = who.SubmittedByUserId,
        Email = email,
        HangulName = RegistrationRules.Clean(d.HangulName),
        RomanizedName = d.RomanizedName.Trim(),
        OrganizationName = d.OrganizationName.Trim(),
        OrganizationId = d.OrganizationId,
        CountryCode = d.CountryCode.Trim().ToUpperInvariant(),
        Position = RegistrationRules.Clean(d.Position),
        ParticipantType = d.ParticipantType,
        DietaryNeeds = RegistrationRules.Clean(d.DietaryNeeds),
        AccessibilityNeeds = RegistrationRules.Clean(d.AccessibilityNeeds),
        NeedsInterpreter = d.NeedsInterpreter,
        InterpreterLanguage = d.NeedsInterpreter ? d.InterpreterLanguage : null,
        MeetingLanguages = MeetingLanguageCodes.Normalize(d.MeetingLanguages),
        ConsentToDirectory = d.ConsentToDirectory,
        ConsentToProcessing = d.ConsentToProcessing,
        ConsentToExhibitors = d.ConsentToExhibitors,
        ConsentedAtUtc = d.ConsentToProcessing ? now : null,
        Status = status,
        SubmittedAtUtc = now,
        StatusChangedAtUtc = now,
        DelegationId = who.DelegationId,
        ProtocolRank = who.ProtocolRank,
        BadgeToken = BadgeTokens.New(),
    };

    /// <summary>
    /// The registrant changes their own registration at the version they saw: details and, until approved, the
    /// participant type. Refused (nothing saved) outside the registration window, for a cancelled or declined
    /// registration, or when it changed meanwhile.
    /// </summary>
    public async Task<Registration> ChangeAsync(int registrationId, int version, RegistrationDetails details, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var userId = ForumAccess.UserId(actor);
        var countries = (await db.Countries.Select(c => c.Code).ToListAsync(ct)).ToHashSet();
        var current = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId && r.UserId == userId && userId != null, ct)
            ?? throw new DomainValidationException("Registration", l["RegistrationEdit.Error.NotYours"]);
        (details, _) = await OrganizationOfAsync(details with { NewOrganization = null }, new Registrant(current.Email, userId, userId), ct);
        RegistrationRules.Validate(details, current.Email, countries, l);
        return await SerializableTransaction.RunAsync(db, async token =>
        {
            var r = await db.Registrations.Include(x => x.Event).FirstAsync(x => x.Id == registrationId, token);
            if (r.Version != version)
            {
                throw new DomainValidationException("Registration", l["RegistrationEdit.Error.Changed"]);
            }
            if (!RegistrationRules.CanChange(r, r.Event, clock.GetUtcNow().UtcDateTime))
            {
                throw new DomainValidationException("Registration", l["RegistrationEdit.Error.Closed"]);
            }
            if (details.ParticipantType != r.ParticipantType && !RegistrationRules.CanChangeType(r))
            {
                throw new DomainValidationException(nameof(details.ParticipantType), l["RegistrationEdit.Error.TypeFixed"]);
            }
            r.HangulName = RegistrationRules.Clean(details.HangulName);
            r.RomanizedName = details.RomanizedName.Trim();
            r.OrganizationName = details.OrganizationName.Trim();
            r.OrganizationId = details.OrganizationId ?? (r.OrganizationName == current.OrganizationName ? r.OrganizationId : null);
            r.CountryCode = details.CountryCode.Trim().ToUpperInvariant();
            r.Position = RegistrationRules.Clean(details.Position);
            r.ParticipantType = details.ParticipantType;
            r.DietaryNeeds = RegistrationRules.Clean(details.DietaryNeeds);
            r.AccessibilityNeeds = RegistrationRules.Clean(details.AccessibilityNeeds);
            r.NeedsInterpreter = details.NeedsInterpreter;
            r.InterpreterLanguage = details.NeedsInterpreter ? details.InterpreterLanguage : null;
            r.MeetingLanguages = MeetingLanguageCodes.Normalize(details.MeetingLanguages);
            r.ConsentToDirectory = details.ConsentToDirectory;
            r.Version++;
            audit.Record(actor, "registration.changed", $"registration:{r.Id}", r.Email, r.Event.ForumId, r.EventId);
            return r;
        }, ct);
    }

    /// <summary>
    /// Cancels a registration the user owns (or submitted for a delegation member). A freed seat goes
    /// to the first waitlisted registration in the same transaction. False if there is nothing to cancel.
    /// </summary>
    public async Task<bool> CancelAsync(int registrationId, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var userId = ForumAccess.UserId(actor);
        if (userId is null)
        {
            return false;
        }
        var changes = await SerializableTransaction.RunAsync(db, async token =>
        {
            var r = await db.Registrations.Include(x => x.Event)
                .FirstOrDefaultAsync(x => x.Id == registrationId && (x.UserId == userId || x.SubmittedByUserId == userId), token);
            if (r is null || r.Status is RegistrationStatus.Cancelled or RegistrationStatus.Rejected)
            {
                return new List<StatusChange>();
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var from = r.Status;
            SeatAllocation.SetStatus(r, RegistrationStatus.Cancelled, now, reason: null);
            var list = new List<StatusChange> { new(r.Id, from, RegistrationStatus.Cancelled) };
            audit.Record(actor, "registration.cancelled", $"registration:{r.Id}", r.Email, r.Event.ForumId, r.EventId);
            if (from == RegistrationStatus.Approved)
            {
                var approved = await SeatAllocation.ApprovedCountAsync(db, r.EventId, token) - 1;
                var promoted = await SeatAllocation.PromoteAsync(db, r.EventId, r.Event.Capacity, approved, 1, new HashSet<int> { r.Id }, now, token);
                RecordPromotions(actor, promoted, r.Event);
                list.AddRange(promoted);
            }
            return list;
        }, ct);
        await mailer.SendAsync(changes, ct);
        return changes.Count > 0;
    }

    /// <summary>
    /// Applies one decision to several registrations of an event, all or nothing. Approvals beyond the
    /// event's capacity go to the waitlist, in submission order. If any registration changed since the
    /// organizer loaded the form (version mismatch), nothing is changed and the stale ids are returned.
    /// </summary>
    public async Task<ReviewResult> ReviewAsync(int eventId, ReviewDecision decision, IReadOnlyList<ReviewItem> items, string? reason,
        ClaimsPrincipal actor, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(decision))
        {
            throw new DomainValidationException("Decision", l["Review.Error.Decision"]);
        }
        if (items.Count == 0)
        {
            throw new DomainValidationException("Items", l["Review.Error.NothingSelected"]);
        }
        if (items.Any(i => i is null) || items.DistinctBy(i => i.RegistrationId).Count() != items.Count)
        {
            throw new DomainValidationException("Items", l["Review.Error.Items"]);
        }
        reason = RegistrationRules.Clean(reason);
        if (reason?.Length > RegistrationRules.NeedsMax)
        {
            throw new DomainValidationException("Reason", l["Registration.Error.TooLong", RegistrationRules.NeedsMax]);
        }
        var result = await SerializableTransaction.RunAsync(db, async token =>
        {
            var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, token)
                ?? throw new DomainValidationException("EventId", l["Registration.Error.NoEvent"]);
            var ids = items.Select(i => i.RegistrationId).ToHashSet();
            var found = await db.Registrations.Where(r => r.EventId == eventId && ids.Contains(r.Id)).ToListAsync(token);
            if (found.Count != ids.Count)
            {
                throw new DomainValidationException("Items", l["Review.Error.UnknownRegistration"]);
            }
            var expected = items.ToDictionary(i => i.RegistrationId, i => i.Version);
            var stale = found.Where(r => r.Version != expected[r.Id]).Select(r => r.Id).Order().ToList();
            if (stale.Count > 0)
            {
                return new ReviewResult([], stale);
            }
            if (found.Any(r => r.Status == RegistrationStatus.Cancelled))
            {
                throw new DomainValidationException("Items", l["Review.Error.Cancelled"]);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var approved = await SeatAllocation.ApprovedCountAsync(db, eventId, token);
            var freed = 0;
            var changes = new List<StatusChange>();
            foreach (var r in found.OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id))
            {
                var from = r.Status;
                var to = decision switch
                {
                    ReviewDecision.Approve when from == RegistrationStatus.Approved => from,
                    ReviewDecision.Approve => ev.Capacity is { } cap && approved >= cap ? RegistrationStatus.Waitlisted : RegistrationStatus.Approved,
                    ReviewDecision.Reject => RegistrationStatus.Rejected,
                    ReviewDecision.Waitlist => RegistrationStatus.Waitlisted,
                    _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Checked above."),
                };
                if (to == from)
                {
                    continue;
                }
                if (from == RegistrationStatus.Approved) { approved--; freed++; }
                if (to == RegistrationStatus.Approved) { approved++; }
                SeatAllocation.SetStatus(r, to, now, reason);
                changes.Add(new StatusChange(r.Id, from, to));
                audit.Record(actor, $"registration.{to.ToString().ToLowerInvariant()}", $"registration:{r.Id}",
                    reason is null ? r.Email : $"{r.Email}: {reason}", ev.ForumId, eventId);
            }
            var promoted = await SeatAllocation.PromoteAsync(db, eventId, ev.Capacity, approved, freed, ids, now, token);
            RecordPromotions(actor, promoted, ev);
            changes.AddRange(promoted);
            return new ReviewResult(changes, []);
        }, ct);
        await mailer.SendAsync(result.Changes, ct);
        return result;
    }

    private void RecordPromotions(ClaimsPrincipal actor, IEnumerable<StatusChange> promoted, Event ev)
    {
        foreach (var p in promoted)
        {
            audit.Record(actor, "registration.promoted", $"registration:{p.RegistrationId}", "seat freed: first on the waitlist", ev.ForumId, ev.Id);
        }
    }
}
