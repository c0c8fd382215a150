using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Statements;

public sealed record StatementSummary(int Id, int ForumId, int? EventId, LocalizedText Title, StatementStatus Status,
    int CurrentVersion, int? AdoptedVersion, bool Illustrative);

public sealed record StatementDetail(int Id, int ForumId, int? EventId, LocalizedText Title, StatementStatus Status, bool Illustrative,
    int CurrentVersion, string ContentHash, int? AdoptedVersion, DateTime? AdoptedAtUtc, LocalizedText Place, DateOnly? Date,
    IReadOnlyList<int> CoHostOrganizationIds, IReadOnlyList<ClauseDto> Clauses, IReadOnlyList<SignatoryDto> Signatories,
    IReadOnlyList<VersionDto> Versions, IReadOnlyList<ApprovalDto> Approvals, string ETag);

public sealed record ClauseDto(int Id, int Number, int Position, ClauseKind Kind, LocalizedText Text, int? OwnerOrganizationId, DateOnly? DueDate,
    int Revision, string ETag);

public sealed record SignatoryDto(int? OrganizationId, LocalizedText Name, LocalizedText Title);

public sealed record CommentCreated(int Id, DateTime AtUtc);

public sealed record VersionDto(int Number, string ContentHash, DateTime CreatedAtUtc, string? CreatedBy);

/// <summary>An approval as recorded; <c>InForce</c> is false once withdrawn or once a later version changed the text.</summary>
public sealed record ApprovalDto(int OrganizationId, int VersionNumber, string ContentHash, DateTime AtUtc, DateTime? WithdrawnAtUtc, bool InForce);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateStatementRequest(
    [property: JsonRequired] LocalizedText Title,
    int? EventId);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ClauseRequest(
    [property: JsonRequired] ClauseKind Kind,
    [property: StringLength(StatementRules.MaxClauseLength)] string? En,
    [property: StringLength(StatementRules.MaxClauseLength)] string? Ko,
    int? OwnerOrganizationId,
    DateOnly? DueDate)
{
    public ClauseText ToText() => new(Kind, En, Ko, OwnerOrganizationId, DueDate);
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ApprovalRequest(
    [property: JsonRequired] int OrganizationId,
    [property: JsonRequired] int Version,
    [property: JsonRequired, StringLength(64, MinimumLength = 64)] string ContentHash);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CommentRequest([property: JsonRequired, StringLength(StatementRules.MaxCommentLength, MinimumLength = 1)] string Text);

public static class StatementMapping
{
    public static StatementSummary ToSummary(this JointStatement s) =>
        new(s.Id, s.ForumId, s.EventId, s.Title.ToDto(), s.Status, s.CurrentVersion, s.AdoptedVersion, s.IsIllustrative);

    public static ClauseDto ToDto(this Clause c) => new(c.Id, c.Number, c.Position, c.Kind, c.Text.ToDto(), c.OwnerOrganizationId, c.DueDate,
        c.Revision, StatementETags.Clause(c.Id, c.Revision));
}
