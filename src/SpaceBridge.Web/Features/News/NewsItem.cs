using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.News;

public enum NewsKind { PressRelease, Notice }

public enum NewsStatus { Draft, Published }

/// <summary>Under which terms others may reuse an item, and so which credit it must carry.</summary>
public enum NewsLicence { KoglType1, KoglType2, KoglType3, KoglType4, CcBy40, AllRightsReserved }

/// <summary>A press release or notice of a forum, written in Markdown in both languages.</summary>
public class NewsItem
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public Forum Forum { get; set; } = null!;
    public NewsKind Kind { get; set; }
    public NewsStatus Status { get; set; }
    public BilingualText Title { get; set; } = new();
    /// <summary>Markdown; rendered and sanitized on display (<see cref="NewsMarkdown"/>).</summary>
    public BilingualText Body { get; set; } = new();
    public NewsLicence Licence { get; set; }
    /// <summary>The credit the licence requires, e.g. the source and its licence.</summary>
    public string? Credit { get; set; }
    public int? StatementId { get; set; }
    public JointStatement? Statement { get; set; }
    public int? EventId { get; set; }
    public Event? Event { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Revision { get; set; }
    public List<NewsAttachment> Attachments { get; set; } = [];
}
