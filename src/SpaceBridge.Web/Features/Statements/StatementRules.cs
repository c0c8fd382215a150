using SpaceBridge.Web.Features.Programme.Events;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>The rules of approval and adoption, free of the database so they can be read and tested on their own.</summary>
public static class StatementRules
{
    public const int MaxClauseLength = 4000;
    public const int MaxCommentLength = 2000;
    public const int MaxClauses = 200;
    public const int MaxSignatories = 12;

    /// <summary>The hosting roles whose organizations must each approve: the host and its co-hosts or co-organizers.</summary>
    public static readonly HostRole[] CoHostRoles = [HostRole.Host, HostRole.CoHost, HostRole.CoOrganizer];

    /// <summary>An approval counts only for the current version, with the same content hash, and only until withdrawn.</summary>
    public static bool IsInForce(StatementApproval approval, int currentVersion, string currentHash) =>
        approval.WithdrawnAtUtc is null
        && approval.VersionNumber == currentVersion
        && string.Equals(approval.ContentHash, currentHash, StringComparison.Ordinal);

    /// <summary>Adopted when every co-host has an approval in force for the current version (and there are co-hosts).</summary>
    public static bool IsAdoptable(IReadOnlyCollection<int> coHosts, IEnumerable<StatementApproval> approvals, int currentVersion, string currentHash)
    {
        if (coHosts.Count == 0)
        {
            return false;
        }
        var approved = approvals.Where(a => IsInForce(a, currentVersion, currentHash)).Select(a => a.OrganizationId).ToHashSet();
        return coHosts.All(approved.Contains);
    }

    /// <summary>What a version must hold before anyone approves it: clauses in both languages, place, date, signatories.</summary>
    public static IEnumerable<string> Incomplete(StatementContent content)
    {
        if (content.Clauses.Count == 0)
        {
            yield return "no-clauses";
        }
        if (content.Clauses.Any(c => c.Text.En is null || c.Text.Ko is null) || content.Title.En is null || content.Title.Ko is null)
        {
            yield return "untranslated";
        }
        if (content.Place.En is null || content.Place.Ko is null || content.Date is null)
        {
            yield return "no-place-or-date";
        }
        if (content.Signatories.Count == 0)
        {
            yield return "no-signatories";
        }
    }
}
