using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>Who may see and change initiatives, and the changes themselves, each recorded in the timeline.</summary>
public sealed class InitiativeService(AppDbContext db, ForumAccess access, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>What the caller may see of a forum's initiatives: public ones, organizers' ones to organizers, and their own parties' ones.</summary>
    public async Task<IQueryable<Initiative>> VisibleAsync(ClaimsPrincipal user, int forumId, CancellationToken ct)
    {
        var organizer = user.Identity?.IsAuthenticated == true && await access.IsOrganizerAsync(user, forumId);
        var mine = await InitiativeMembers.OrganizationsOfAsync(db, ForumAccess.UserId(user), forumId, ct);
        return db.Initiatives.Where(i => i.ForumId == forumId && (
            i.Visibility == InitiativeVisibility.Public
            || (organizer && i.Visibility == InitiativeVisibility.Organizers)
            || i.Parties.Any(p => mine.Contains(p.OrganizationId))));
    }

    /// <summary>The initiative with its parties, origins and timeline, if the caller may see it; otherwise refused as not found.</summary>
    public async Task<Initiative> GetAsync(ClaimsPrincipal user, int forumId, int id, CancellationToken ct)
    {
        var visible = await VisibleAsync(user, forumId, ct);
        return await visible.AsNoTracking().AsSplitQuery()
            .Include(i => i.Parties).ThenInclude(p => p.Organization).ThenInclude(o => o.Country)
            .Include(i => i.Origins).Include(i => i.Changes)
            .FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw InitiativeRefused.NotFound();
    }

    public async Task<bool> IsMemberAsync(ClaimsPrincipal user, Initiative initiative, CancellationToken ct)
    {
        var mine = await InitiativeMembers.OrganizationsOfAsync(db, ForumAccess.UserId(user), initiative.ForumId, ct);
        return initiative.Parties.Any(p => mine.Contains(p.OrganizationId));
    }

    public async Task<Initiative> CreateAsync(ClaimsPrincipal user, int forumId, NewInitiative input, CancellationToken ct)
    {
        var userId = ForumAccess.UserId(user) ?? throw InitiativeRefused.NotAParty();
        var errors = Validate(input.Fields);
        var partyIds = input.PartyOrganizationIds.Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => partyIds.Contains(o.Id))
            .Select(o => new { o.Id, o.CountryCode }).ToListAsync(ct);
        if (partyIds.Count < 2 || organizations.Count != partyIds.Count)
        {
            errors["PartyOrganizationIds"] = [l["Initiative.Error.Parties"]];
        }
        else if (organizations.Select(o => o.CountryCode).Distinct().Count() < 2)
        {
            errors["PartyOrganizationIds"] = [l["Initiative.Error.Countries"]];
        }
        var mine = await InitiativeMembers.OrganizationsOfAsync(db, userId, forumId, ct);
        var organizer = await access.IsOrganizerAsync(user, forumId);
        if (!organizer && !partyIds.Any(mine.Contains))
        {
            errors["PartyOrganizationIds"] = [l["Initiative.Error.OwnParty"]];
        }
        if (input.OriginKind is { } originKind && !await OriginExistsAsync(originKind, input.OriginReferenceId, forumId, userId, organizer, ct))
        {
            errors["OriginReferenceId"] = [l["Initiative.Error.Origin"]];
        }
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var initiative = new Initiative
        {
            ForumId = forumId,
            CreatedByUserId = userId,
            CreatedAtUtc = now,
            LastChangedAtUtc = now,
            Parties = partyIds.Select(id => new InitiativeParty { OrganizationId = id }).ToList(),
            Origins = input.OriginKind is { } kind ? [new InitiativeOrigin { Kind = kind, ReferenceId = input.OriginReferenceId }] : [],
        };
        Apply(initiative, input.Fields);
        initiative.Changes.Add(new InitiativeChange
        {
            UserId = userId, UserName = user.Identity?.Name ?? "", AtUtc = now, Field = "Created",
            NewValue = $"{initiative.Kind}, {initiative.Stage}",
        });
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        return initiative;
    }

    /// <summary>
    /// Writes the fields when the caller is a member of a party and <paramref name="expected"/> allows the initiative's
    /// version; each changed field becomes one timeline entry. Nothing is written otherwise.
    /// </summary>
    public async Task<Initiative> UpdateAsync(ClaimsPrincipal user, int forumId, int id, InitiativeFields fields, VersionCheck expected, CancellationToken ct)
    {
        var userId = ForumAccess.UserId(user) ?? throw InitiativeRefused.NotFound();
        var visible = await VisibleAsync(user, forumId, ct);
        var initiative = await visible.Include(i => i.Parties).FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw InitiativeRefused.NotFound();
        var mine = await InitiativeMembers.OrganizationsOfAsync(db, userId, forumId, ct);
        if (!initiative.Parties.Any(p => mine.Contains(p.OrganizationId)))
        {
            throw InitiativeRefused.NotAParty();
        }
        if (!expected.Matches(initiative.Version))
        {
            throw InitiativeRefused.Changed();
        }
        var errors = Validate(fields);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
        var before = Snapshot(initiative);
        Apply(initiative, fields);
        var after = Snapshot(initiative);
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = before.Where(b => after[b.Key] != b.Value)
            .Select(b => new InitiativeChange
            {
                InitiativeId = initiative.Id, UserId = userId, UserName = user.Identity?.Name ?? "", AtUtc = now,
                Field = b.Key, OldValue = b.Value, NewValue = after[b.Key],
            }).ToList();
        if (changes.Count == 0)
        {
            return initiative;
        }
        db.InitiativeChanges.AddRange(changes);
        initiative.LastChangedAtUtc = now;
        initiative.StaleReminderSentAtUtc = null;
        initiative.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw InitiativeRefused.Changed();
        }
        return initiative;
    }

    private async Task<bool> OriginExistsAsync(InitiativeOriginKind kind, int? referenceId, int forumId, string userId, bool organizer, CancellationToken ct) => kind switch
    {
        // A held meeting of one of the forum's events that the caller took part in.
        InitiativeOriginKind.Meeting => referenceId is { } meetingId && await db.MeetingAttendances.AnyAsync(a => a.ScheduledMeetingId == meetingId
            && a.ScheduledMeeting.IsPublished && a.Registration.UserId == userId && a.Registration.Event.ForumId == forumId, ct),
        InitiativeOriginKind.Opportunity => referenceId is { } opportunityId && await db.Opportunities.AnyAsync(o => o.Id == opportunityId && o.ForumId == forumId, ct),
        // A commitment clause of one of the forum's statements, recorded by organizers, when no initiative follows it yet
        // (adoption opens one for every commitment that names an owner).
        InitiativeOriginKind.StatementCommitment => organizer && referenceId is { } clauseId
            && await db.Set<Clause>().AnyAsync(c => c.Id == clauseId && c.Kind == ClauseKind.Commitment && c.Statement.ForumId == forumId, ct)
            && !await db.InitiativeOrigins.AnyAsync(o => o.Kind == InitiativeOriginKind.StatementCommitment && o.ReferenceId == clauseId, ct),
        _ => false,
    };

    private Dictionary<string, string[]> Validate(InitiativeFields f)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(f.TitleEn) && string.IsNullOrWhiteSpace(f.TitleKo))
        {
            errors["TitleEn"] = [l["Initiative.Error.Title"]];
        }
        if (f.Value is not null && (f.Currency is null || f.Currency.Length != 3 || !f.Currency.All(char.IsAsciiLetterUpper)))
        {
            errors["Currency"] = [l["Initiative.Error.Currency"]];
        }
        if (f.Value is null && !string.IsNullOrWhiteSpace(f.Currency))
        {
            errors["Value"] = [l["Initiative.Error.ValueMissing"]];
        }
        if (f.NextStepDue is not null && string.IsNullOrWhiteSpace(f.NextStep))
        {
            errors["NextStep"] = [l["Initiative.Error.NextStep"]];
        }
        return errors;
    }

    private static void Apply(Initiative i, InitiativeFields f)
    {
        i.Title = new(Clean(f.TitleEn), Clean(f.TitleKo));
        i.Kind = f.Kind;
        i.Stage = f.Stage;
        i.Topic = f.Topic;
        i.Value = f.Value;
        i.Currency = f.Value is null ? null : f.Currency;
        i.NextStep = Clean(f.NextStep);
        i.NextStepDue = i.NextStep is null ? null : f.NextStepDue;
        i.Visibility = f.Visibility;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Each field as the timeline shows it (invariant culture).</summary>
    private static Dictionary<string, string?> Snapshot(Initiative i) => new()
    {
        ["TitleEn"] = i.Title.En,
        ["TitleKo"] = i.Title.Ko,
        ["Kind"] = i.Kind.ToString(),
        ["Stage"] = i.Stage.ToString(),
        ["Topic"] = i.Topic?.ToString(),
        ["Value"] = i.Value?.ToString("0.##", CultureInfo.InvariantCulture),
        ["Currency"] = i.Currency,
        ["NextStep"] = i.NextStep,
        ["NextStepDue"] = i.NextStepDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Visibility"] = i.Visibility.ToString(),
    };
}
