using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// Reads statements for whoever asks: the public sees adopted statements only, organizers of the forum see drafts too.
/// A draft is "not found" for everyone else.
/// </summary>
public sealed class StatementReader(AppDbContext db, ForumAccess access, StatementDrafting drafting)
{
    public async Task<bool> MaySeeDraftsAsync(ClaimsPrincipal user, int forumId) =>
        user.Identity?.IsAuthenticated == true && await access.IsOrganizerAsync(user, forumId);

    public async Task<List<JointStatement>> ListAsync(int forumId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var drafts = await MaySeeDraftsAsync(user, forumId);
        return await db.Set<JointStatement>().AsNoTracking()
            .Where(s => s.ForumId == forumId && (drafts || s.Status == StatementStatus.Adopted))
            .OrderBy(s => s.Id).ToListAsync(ct);
    }

    /// <summary>The statement with everything it holds, or null when it does not exist or is a draft the caller may not see.</summary>
    public async Task<JointStatement?> FindAsync(int id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var statement = await db.Set<JointStatement>().AsNoTracking().AsSplitQuery()
            .Include(s => s.Forum).Include(s => s.Event)
            .Include(s => s.Clauses).ThenInclude(c => c.OwnerOrganization)
            .Include(s => s.Clauses).ThenInclude(c => c.Comments)
            .Include(s => s.Signatories).ThenInclude(s => s.Organization)
            .Include(s => s.Versions).Include(s => s.Approvals).ThenInclude(a => a.Organization)
            .Include(s => s.Approvers).ThenInclude(a => a.User)
            .SingleOrDefaultAsync(s => s.Id == id, ct);
        if (statement is null || (statement.Status != StatementStatus.Adopted && !await MaySeeDraftsAsync(user, statement.ForumId)))
        {
            return null;
        }
        statement.Clauses.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Id.CompareTo(b.Id));
        statement.Signatories.Sort((a, b) => a.Position.CompareTo(b.Position));
        statement.Versions.Sort((a, b) => a.Number.CompareTo(b.Number));
        return statement;
    }

    public async Task<StatementDetail> DetailAsync(JointStatement s, CancellationToken ct = default)
    {
        var coHosts = await drafting.CoHostsAsync(s, ct);
        var current = s.Versions.Single(v => v.Number == s.CurrentVersion);
        return new StatementDetail(s.Id, s.ForumId, s.EventId, s.Title.ToDto(), s.Status, s.IsIllustrative, s.CurrentVersion, current.ContentHash,
            s.AdoptedVersion, s.AdoptedAtUtc, s.AdoptionPlace.ToDto(), s.AdoptionDate, coHosts,
            s.Clauses.Select(c => c.ToDto()).ToList(),
            s.Signatories.Select(x => new SignatoryDto(x.OrganizationId, x.Name.ToDto(), x.Title.ToDto())).ToList(),
            s.Versions.Select(v => new VersionDto(v.Number, v.ContentHash, v.CreatedAtUtc, v.CreatedBy)).ToList(),
            s.Approvals.OrderBy(a => a.AtUtc).Select(a => new ApprovalDto(a.OrganizationId, a.VersionNumber, a.ContentHash, a.AtUtc, a.WithdrawnAtUtc,
                StatementRules.IsInForce(a, s.CurrentVersion, current.ContentHash))).ToList(),
            StatementETags.Statement(s.Id, s.Revision));
    }

    /// <summary>The text of the adopted version (or, for organizers, of the current draft), as recorded in its snapshot.</summary>
    public static StatementContent ContentOf(JointStatement s, int? number = null)
    {
        var version = s.Versions.Single(v => v.Number == (number ?? s.AdoptedVersion ?? s.CurrentVersion));
        return StatementContent.Parse(version.Snapshot);
    }
}
