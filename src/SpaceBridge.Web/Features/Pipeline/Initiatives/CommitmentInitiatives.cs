using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>
/// Turns the commitment clauses of an adopted joint statement that name an owner organization into initiatives the
/// pipeline follows up: one per clause, ever. The owner and the co-hosts are its parties, the due date its next step's
/// date; it is public because the statement is. A unique index on the origin makes "once" hold in the database too.
/// </summary>
public sealed class CommitmentInitiatives(AppDbContext db)
{
    public const int TitleLength = 200;

    /// <summary>
    /// Adds (without saving, so the caller's save adopts and opens in one transaction) an initiative for each
    /// commitment clause of <paramref name="statement"/> that names an owner and has none yet.
    /// </summary>
    public async Task<List<Initiative>> OpenAsync(JointStatement statement, string userId, string userName, DateTime nowUtc, CancellationToken ct = default)
    {
        var commitments = statement.Clauses.Where(c => c.Kind == ClauseKind.Commitment && c.OwnerOrganizationId is not null && c.Id != 0).ToList();
        if (commitments.Count == 0)
        {
            return [];
        }
        var clauseIds = commitments.Select(c => (int?)c.Id).ToList();
        var opened = await db.InitiativeOrigins
            .Where(o => o.Kind == InitiativeOriginKind.StatementCommitment && clauseIds.Contains(o.ReferenceId))
            .Select(o => o.ReferenceId).ToListAsync(ct);
        var coHosts = await StatementDrafting.CoHostsOf(db, statement, ct);
        var added = new List<Initiative>();
        foreach (var clause in commitments.Where(c => !opened.Contains(c.Id)).OrderBy(c => c.Position))
        {
            var parties = coHosts.Prepend(clause.OwnerOrganizationId!.Value).Distinct().ToList();
            var initiative = new Initiative
            {
                ForumId = statement.ForumId,
                Title = new BilingualText(Shorten(clause.Text.En ?? clause.Text.Ko, TitleLength), Shorten(clause.Text.Ko, TitleLength)),
                Kind = InitiativeKind.MoU,
                Stage = InitiativeStage.Signed,
                Visibility = InitiativeVisibility.Public,
                NextStep = Shorten($"Carry out commitment {clause.Number} of \"{statement.Title.En ?? statement.Title.Ko}\"", 500),
                NextStepDue = clause.DueDate,
                CreatedByUserId = userId,
                CreatedAtUtc = nowUtc,
                LastChangedAtUtc = nowUtc,
                Parties = parties.Select(id => new InitiativeParty { OrganizationId = id }).ToList(),
                Origins = [new InitiativeOrigin { Kind = InitiativeOriginKind.StatementCommitment, ReferenceId = clause.Id }],
                Changes = [new InitiativeChange
                {
                    UserId = userId, UserName = userName, AtUtc = nowUtc, Field = "Created",
                    NewValue = $"{InitiativeKind.MoU}, {InitiativeStage.Signed}: statement {statement.Id}, clause {clause.Number}",
                }],
            };
            db.Initiatives.Add(initiative);
            added.Add(initiative);
        }
        return added;
    }

    /// <summary>Opens the initiatives of every adopted statement of a forum that lacks them (demo data, data made before this existed).</summary>
    public async Task<int> OpenForAdoptedStatementsAsync(int forumId, DateTime nowUtc, CancellationToken ct = default)
    {
        var adopted = await db.Set<JointStatement>().Include(s => s.Clauses)
            .Where(s => s.ForumId == forumId && s.Status == StatementStatus.Adopted).ToListAsync(ct);
        var count = 0;
        foreach (var statement in adopted)
        {
            count += (await OpenAsync(statement, "", "demo", nowUtc, ct)).Count;
        }
        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>The initiative that follows up each commitment clause (by clause id) among <paramref name="clauseIds"/>, of those in <paramref name="initiatives"/>.</summary>
    public IQueryable<CommitmentLink> LinksOf(IQueryable<Initiative> initiatives, IReadOnlyCollection<int> clauseIds) =>
        db.InitiativeOrigins
            .Where(o => o.Kind == InitiativeOriginKind.StatementCommitment && o.ReferenceId != null && clauseIds.Contains(o.ReferenceId.Value))
            .Join(initiatives, o => o.InitiativeId, i => i.Id, (o, i) => new CommitmentLink(o.ReferenceId!.Value, i.Id, i.ForumId, i.Stage));

    private static string? Shorten(string? text, int max) =>
        text is null ? null : text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}

/// <summary>A commitment clause and the initiative that follows it up.</summary>
public sealed record CommitmentLink(int ClauseId, int InitiativeId, int ForumId, InitiativeStage Stage);
