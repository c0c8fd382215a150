namespace SpaceBridge.Web.Features.Statements;

/// <summary>A remark on a clause by a co-host's staff; comments are not part of the statement's text.</summary>
public class ClauseComment
{
    public int Id { get; set; }
    public int ClauseId { get; set; }
    public Clause Clause { get; set; } = null!;
    public string? AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public int? OrganizationId { get; set; }
    public required string Text { get; set; }
    public DateTime AtUtc { get; set; }
}
