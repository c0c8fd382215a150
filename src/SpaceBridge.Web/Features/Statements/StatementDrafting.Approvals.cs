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

/// <summary>The co-hosts' side of a statement: designated approvers, approvals of one exact version, withdrawals.</summary>
public sealed partial class StatementDrafting
{
    /// <summary>
    /// Designates an organizer of the forum as approver for a co-host. An organizer acting for that co-host (or an
    /// administrator) designates; the designated user must organize the forum for the same co-host.
    /// </summary>
    public async Task DesignateApproverAsync(int statementId, int organizationId, string? email, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var statement = await LoadAsync(statementId, ct);
        await RequireOrganizerAsync(user, statement.ForumId);
        if (!(await CoHostsAsync(statement, ct)).Contains(organizationId))
        {
            throw StatementRefusal.NotCoHost();
        }
        if (!ForumAccess.IsAdministrator(user) && await OrganizationOfAsync(user, statement.ForumId, ct) != organizationId)
        {
            throw new StatementRefusal(StatusCodes.Status403Forbidden, "other-co-host", "Another co-host",
                "Approvers of a co-host are designated by that co-host's organizers.");
        }
        var normalized = email?.Trim().ToUpperInvariant();
        var designee = await db.ForumRoles
            .Where(r => r.ForumId == statement.ForumId && r.Role == ForumRole.Organizer && r.OrganizationId == organizationId && r.User.NormalizedEmail == normalized)
            .Select(r => r.UserId).FirstOrDefaultAsync(ct)
            ?? throw new DomainValidationException("Email", "No organizer of this forum acting for that co-host has this e-mail address.");
        if (statement.Approvers.Any(a => a.OrganizationId == organizationId && a.UserId == designee))
        {
            return;
        }
        statement.Approvers.Add(new StatementApprover { OrganizationId = organizationId, UserId = designee });
        audit.Record(user, "statement.approver-designated", $"{Subject(statement)} organization {organizationId}", email, statement.ForumId, statement.EventId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Approves version <paramref name="version"/> with content hash <paramref name="hash"/> for a co-host. Refused
    /// unless it is the current version and the hash is its hash. The approval that completes the co-hosts adopts.
    /// </summary>
    public async Task<StatementApproval> ApproveAsync(int statementId, int organizationId, int version, string? hash, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var statement = await DraftAsync(statementId, user, ct);
        var userId = ForumAccess.UserId(user);
        if (!statement.Approvers.Any(a => a.OrganizationId == organizationId && a.UserId == userId))
        {
            throw StatementRefusal.NotApprover();
        }
        if (version != statement.CurrentVersion)
        {
            throw StatementRefusal.NotCurrent(statement.CurrentVersion);
        }
        var current = await CurrentVersionAsync(statement, ct);
        if (!string.Equals(hash?.Trim(), current.ContentHash, StringComparison.OrdinalIgnoreCase))
        {
            throw StatementRefusal.HashMismatch();
        }
        var incomplete = StatementRules.Incomplete(StatementContent.Parse(current.Snapshot)).ToList();
        if (incomplete.Count > 0)
        {
            throw StatementRefusal.Incomplete(incomplete);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var earlier in statement.Approvals.Where(a => a.OrganizationId == organizationId && StatementRules.IsInForce(a, version, current.ContentHash)))
        {
            earlier.WithdrawnAtUtc = now;
        }
        var approval = new StatementApproval
        {
            OrganizationId = organizationId,
            UserId = userId!,
            ApproverName = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name,
            VersionNumber = version,
            ContentHash = current.ContentHash,
            AtUtc = now,
        };
        statement.Approvals.Add(approval);
        statement.Revision++;
        audit.Record(user, "statement.approved", $"{Subject(statement)} v{version}", $"organization {organizationId}, sha256 {current.ContentHash}",
            statement.ForumId, statement.EventId);
        var coHosts = await CoHostsAsync(statement, ct);
        if (StatementRules.IsAdoptable(coHosts, statement.Approvals, version, current.ContentHash))
        {
            statement.Status = StatementStatus.Adopted;
            statement.AdoptedVersion = version;
            statement.AdoptedAtUtc = now;
            audit.Record(user, "statement.adopted", $"{Subject(statement)} v{version}", $"sha256 {current.ContentHash}", statement.ForumId, statement.EventId);
            // The commitments become initiatives in the same save: adopted and followed up, or neither.
            var opened = await commitments.OpenAsync(statement, userId!, approval.ApproverName ?? "", now, ct);
            if (opened.Count > 0)
            {
                audit.Record(user, "statement.commitments-opened", $"{Subject(statement)} v{version}", $"{opened.Count} initiative(s)", statement.ForumId, statement.EventId);
            }
        }
        await db.SaveChangesAsync(ct);
        return approval;
    }

    public async Task WithdrawAsync(int statementId, int organizationId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var statement = await DraftAsync(statementId, user, ct);
        var userId = ForumAccess.UserId(user);
        if (!statement.Approvers.Any(a => a.OrganizationId == organizationId && a.UserId == userId))
        {
            throw StatementRefusal.NotApprover();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var withdrawn = statement.Approvals.Where(a => a.OrganizationId == organizationId && a.WithdrawnAtUtc is null && a.VersionNumber == statement.CurrentVersion).ToList();
        if (withdrawn.Count == 0)
        {
            return;
        }
        withdrawn.ForEach(a => a.WithdrawnAtUtc = now);
        statement.Revision++;
        audit.Record(user, "statement.approval-withdrawn", $"{Subject(statement)} v{statement.CurrentVersion}", $"organization {organizationId}",
            statement.ForumId, statement.EventId);
        await db.SaveChangesAsync(ct);
    }
}
