using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// Every change to a joint statement goes through here: a change to the draft makes the next numbered version (the
/// approvals of the one before stop counting), an approval names one exact version and its hash, and the approval
/// that completes the set of co-hosts adopts and freezes the statement. Each step is written to the audit log in the
/// same save; a refused step writes nothing.
/// </summary>
public sealed partial class StatementDrafting(AppDbContext db, AuditLog audit, ForumAccess access, TimeProvider clock, CommitmentInitiatives commitments)
{
    public async Task<JointStatement> CreateAsync(int forumId, int? eventId, BilingualText title, bool illustrative, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await RequireOrganizerAsync(user, forumId);
        if (eventId is not null && !await db.Events.AnyAsync(e => e.Id == eventId && e.ForumId == forumId, ct))
        {
            throw new DomainValidationException("EventId", "The event is not part of this forum.");
        }
        var statement = new JointStatement
        {
            ForumId = forumId,
            EventId = eventId,
            Title = Checked(title, "Title", 300, required: true),
            Status = StatementStatus.Drafting,
            IsIllustrative = illustrative,
        };
        db.Add(statement);
        NewVersion(statement, currentHash: null, user);
        audit.Record(user, "statement.created", $"statement \"{statement.Title.En ?? statement.Title.Ko}\"", forumId: forumId, eventId: eventId);
        await db.SaveChangesAsync(ct);
        return statement;
    }

    public async Task<Clause> AddClauseAsync(int statementId, ClauseText text, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var statement = await DraftAsync(statementId, user, ct);
        if (statement.Clauses.Count >= StatementRules.MaxClauses)
        {
            throw new DomainValidationException("Kind", $"A statement has at most {StatementRules.MaxClauses} clauses.");
        }
        var clause = new Clause
        {
            Number = statement.Clauses.Select(c => c.Number).DefaultIfEmpty(0).Max() + 1,
            Position = statement.Clauses.Select(c => c.Position).DefaultIfEmpty(0).Max() + 1,
        };
        await ApplyAsync(clause, text, ct);
        statement.Clauses.Add(clause);
        await CommitAsync(statement, user, "statement.clause-added", $"clause {clause.Number}", ct);
        return clause;
    }

    /// <summary>
    /// Saves a clause read at <paramref name="expectedRevision"/>. If someone saved it since, nothing is written and
    /// <see cref="StaleClauseSave"/> carries both texts.
    /// </summary>
    public async Task<Clause> SaveClauseAsync(int statementId, int clauseId, int expectedRevision, ClauseText text, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var statement = await DraftAsync(statementId, user, ct);
        var clause = statement.Clauses.SingleOrDefault(c => c.Id == clauseId) ?? throw StatementRefusal.NotFound();
        if (clause.Revision != expectedRevision)
        {
            throw Stale(clause, text);
        }
        await ApplyAsync(clause, text, ct);
        clause.Revision++;
        try
        {
            await CommitAsync(statement, user, "statement.clause-saved", $"clause {clause.Number}", ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save of the same clause or statement got in between our read and our write.
            db.ChangeTracker.Clear();
            var current = await db.Set<Clause>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == clauseId, ct) ?? throw StatementRefusal.NotFound();
            throw Stale(current, text);
        }
        return clause;
    }

    public async Task DeleteClauseAsync(int statementId, int clauseId, int expectedRevision, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var statement = await DraftAsync(statementId, user, ct);
        var clause = statement.Clauses.SingleOrDefault(c => c.Id == clauseId) ?? throw StatementRefusal.NotFound();
        if (clause.Revision != expectedRevision)
        {
            throw Stale(clause, null);
        }
        statement.Clauses.Remove(clause);
        db.Remove(clause);
        await CommitAsync(statement, user, "statement.clause-deleted", $"clause {clause.Number}", ct);
    }

    /// <summary>Moves a clause one place up (-1) or down (+1).</summary>
    public async Task MoveClauseAsync(int statementId, int clauseId, int direction, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var statement = await DraftAsync(statementId, user, ct);
        var ordered = statement.Clauses.OrderBy(c => c.Position).ThenBy(c => c.Id).ToList();
        var index = ordered.FindIndex(c => c.Id == clauseId);
        if (index < 0)
        {
            throw StatementRefusal.NotFound();
        }
        var other = index + Math.Sign(direction);
        if (other < 0 || other >= ordered.Count || direction == 0)
        {
            return;
        }
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }
        await CommitAsync(statement, user, "statement.clause-moved", $"clause {ordered[other].Number}", ct);
    }

    /// <summary>Place, date and signatories of the adoption: part of the text every co-host approves.</summary>
    public async Task SetAdoptionDetailsAsync(int statementId, int expectedRevision, AdoptionDetails details, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var statement = await DraftAsync(statementId, user, ct);
        if (statement.Revision != expectedRevision)
        {
            throw StatementRefusal.StaleStatement();
        }
        if (details.Signatories.Count > StatementRules.MaxSignatories)
        {
            throw new DomainValidationException("Signatories", $"At most {StatementRules.MaxSignatories} signatories.");
        }
        statement.Title = Checked(details.Title ?? statement.Title, "Title", 300, required: true);
        statement.AdoptionPlace = Checked(details.Place, "Place", 200, required: false);
        statement.AdoptionDate = details.Date;
        var coHosts = await CoHostsAsync(statement, ct);
        var kept = new List<Signatory>();
        for (var i = 0; i < details.Signatories.Count; i++)
        {
            var s = details.Signatories[i];
            if (s.Name.IsEmpty && s.Title.IsEmpty)
            {
                continue;
            }
            if (s.OrganizationId is { } org && !coHosts.Contains(org))
            {
                throw new DomainValidationException($"Signatories[{i}].OrganizationId", "A signatory signs for a co-host.");
            }
            kept.Add(new Signatory
            {
                Position = kept.Count + 1,
                OrganizationId = s.OrganizationId,
                Name = Checked(s.Name, $"Signatories[{i}].Name", 200, required: true),
                Title = Checked(s.Title, $"Signatories[{i}].Title", 300, required: false),
            });
        }
        db.RemoveRange(statement.Signatories);
        statement.Signatories.Clear();
        statement.Signatories.AddRange(kept);
        await CommitAsync(statement, user, "statement.details-saved", "place, date and signatories", ct);
    }

    public async Task<ClauseComment> CommentAsync(int statementId, int clauseId, string? text, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var statement = await LoadAsync(statementId, ct);
        await RequireOrganizerAsync(user, statement.ForumId);
        var clause = statement.Clauses.SingleOrDefault(c => c.Id == clauseId) ?? throw StatementRefusal.NotFound();
        var body = TextPair.Normalize(text);
        if (body is null || body.Length > StatementRules.MaxCommentLength)
        {
            throw new DomainValidationException("Text", $"A comment has 1 to {StatementRules.MaxCommentLength} characters.");
        }
        var comment = new ClauseComment
        {
            AuthorUserId = ForumAccess.UserId(user),
            AuthorName = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "?",
            OrganizationId = await OrganizationOfAsync(user, statement.ForumId, ct),
            Text = body,
            AtUtc = clock.GetUtcNow().UtcDateTime,
        };
        clause.Comments.Add(comment);
        audit.Record(user, "statement.commented", $"{Subject(statement)} clause {clause.Number}", forumId: statement.ForumId, eventId: statement.EventId);
        await db.SaveChangesAsync(ct);
        return comment;
    }

    /// <summary>Refuses (404, 403, 409) unless the statement exists, the caller organizes its forum and it is still a draft.</summary>
    public async Task RequireDraftAsync(int statementId, ClaimsPrincipal user, CancellationToken ct = default) =>
        await DraftAsync(statementId, user, ct);

    /// <summary>The organizations that must each approve: hosts of the statement's event, or of every event of its forum.</summary>
    public Task<List<int>> CoHostsAsync(JointStatement statement, CancellationToken ct = default) => CoHostsOf(db, statement, ct);

    public static async Task<List<int>> CoHostsOf(AppDbContext db, JointStatement statement, CancellationToken ct = default) =>
        await db.EventHosts
            .Where(h => statement.EventId != null ? h.EventId == statement.EventId : h.Event.ForumId == statement.ForumId)
            .Where(h => StatementRules.CoHostRoles.Contains(h.Role))
            .Select(h => h.OrganizationId).Distinct().OrderBy(id => id).ToListAsync(ct);

    public Task<StatementVersion> CurrentVersionAsync(JointStatement statement, CancellationToken ct = default) =>
        db.Set<StatementVersion>().SingleAsync(v => v.StatementId == statement.Id && v.Number == statement.CurrentVersion, ct);

    /// <summary>The co-host organization the user organizes the forum for, if any.</summary>
    public Task<int?> OrganizationOfAsync(ClaimsPrincipal user, int forumId, CancellationToken ct = default)
    {
        var userId = ForumAccess.UserId(user);
        return db.ForumRoles.Where(r => r.UserId == userId && r.ForumId == forumId && r.Role == ForumRole.Organizer && r.OrganizationId != null)
            .Select(r => r.OrganizationId).FirstOrDefaultAsync(ct);
    }

    private async Task CommitAsync(JointStatement statement, ClaimsPrincipal user, string action, string what, CancellationToken ct)
    {
        var current = await CurrentVersionAsync(statement, ct);
        var version = NewVersion(statement, current.ContentHash, user);
        audit.Record(user, action, $"{Subject(statement)} {what}", version is null ? "no change to the text" : $"version {version.Number}",
            statement.ForumId, statement.EventId);
        if (version is not null)
        {
            foreach (var voided in statement.Approvals.Where(a => StatementRules.IsInForce(a, current.Number, current.ContentHash)))
            {
                audit.Record(user, "statement.approval-voided", $"{Subject(statement)} v{current.Number}",
                    $"organization {voided.OrganizationId}: version {version.Number} changed the text", statement.ForumId, statement.EventId);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the next version when the text differs from the current one; null when nothing in the text changed.</summary>
    private StatementVersion? NewVersion(JointStatement statement, string? currentHash, ClaimsPrincipal user)
    {
        var canonical = StatementContent.Of(statement).Canonical();
        var hash = StatementContent.HashOf(canonical);
        statement.Revision++;
        if (hash == currentHash)
        {
            return null;
        }
        statement.CurrentVersion++;
        var version = new StatementVersion
        {
            Number = statement.CurrentVersion,
            ContentHash = hash,
            Snapshot = canonical,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name,
        };
        statement.Versions.Add(version);
        return version;
    }

    private async Task ApplyAsync(Clause clause, ClauseText text, CancellationToken ct)
    {
        if (!Enum.IsDefined(text.Kind))
        {
            throw new DomainValidationException("Kind", "Unknown kind of clause.");
        }
        var pair = Checked(new BilingualText(text.En, text.Ko), "Text", StatementRules.MaxClauseLength, required: true);
        if (text.Kind != ClauseKind.Commitment && (text.OwnerOrganizationId is not null || text.DueDate is not null))
        {
            throw new DomainValidationException("OwnerOrganizationId", "Only a commitment names an owner and a due date.");
        }
        if (text.OwnerOrganizationId is { } owner && !await db.Organizations.AnyAsync(o => o.Id == owner, ct))
        {
            throw new DomainValidationException("OwnerOrganizationId", "There is no such organization.");
        }
        clause.Kind = text.Kind;
        clause.Text = pair;
        clause.OwnerOrganizationId = text.OwnerOrganizationId;
        clause.DueDate = text.DueDate;
    }

    private static BilingualText Checked(BilingualText text, string field, int max, bool required)
    {
        var en = TextPair.Normalize(text.En);
        var ko = TextPair.Normalize(text.Ko);
        if (required && en is null && ko is null)
        {
            throw new DomainValidationException(field + ".En", "Give the text in English or Korean (ideally both).");
        }
        if (en?.Length > max || ko?.Length > max)
        {
            throw new DomainValidationException(field + (en?.Length > max ? ".En" : ".Ko"), $"At most {max.ToString(CultureInfo.InvariantCulture)} characters.");
        }
        return new BilingualText(en, ko);
    }

    private static StaleClauseSave Stale(Clause current, ClauseText? yours) => new(current.Id, current.Revision,
        yours ?? new ClauseText(current.Kind, null, null, null, null),
        new ClauseText(current.Kind, current.Text.En, current.Text.Ko, current.OwnerOrganizationId, current.DueDate));

    private async Task<JointStatement> DraftAsync(int statementId, ClaimsPrincipal user, CancellationToken ct)
    {
        var statement = await LoadAsync(statementId, ct);
        await RequireOrganizerAsync(user, statement.ForumId);
        if (statement.Status == StatementStatus.Adopted)
        {
            throw StatementRefusal.Adopted();
        }
        return statement;
    }

    private async Task<JointStatement> LoadAsync(int statementId, CancellationToken ct) =>
        await db.Set<JointStatement>()
            .Include(s => s.Clauses).Include(s => s.Signatories).Include(s => s.Approvals).Include(s => s.Approvers)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == statementId, ct)
        ?? throw StatementRefusal.NotFound();

    private async Task RequireOrganizerAsync(ClaimsPrincipal user, int forumId)
    {
        if (!await access.IsOrganizerAsync(user, forumId))
        {
            throw StatementRefusal.NotOrganizer();
        }
    }

    private static string Subject(JointStatement statement) => $"statement {statement.Id}";
}

/// <summary>Place, date and signatories (and optionally a new title) of a statement.</summary>
public sealed record AdoptionDetails(BilingualText? Title, BilingualText Place, DateOnly? Date, IReadOnlyList<SignatoryInput> Signatories);

public sealed record SignatoryInput(int? OrganizationId, BilingualText Name, BilingualText Title);
