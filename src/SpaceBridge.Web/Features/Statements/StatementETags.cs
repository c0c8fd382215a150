namespace SpaceBridge.Web.Features.Statements;

/// <summary>Entity tags of the statement API: a clause's revision, a statement's revision.</summary>
public static class StatementETags
{
    public static string Clause(int clauseId, int revision) => $"\"clause-{clauseId}-r{revision}\"";

    public static string Statement(int statementId, int revision) => $"\"statement-{statementId}-r{revision}\"";

    /// <summary>Whether an If-Match header names exactly this tag (weak tags never match a write).</summary>
    public static bool Matches(string? ifMatch, string etag) =>
        ifMatch is not null && ifMatch.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == etag);
}
