namespace SpaceBridge.Web.Features.News;

/// <summary>A PDF or image attached to a news item, its type recognized from its bytes.</summary>
public class NewsAttachment
{
    public int Id { get; set; }
    public int NewsItemId { get; set; }
    public NewsItem NewsItem { get; set; } = null!;
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required byte[] Content { get; set; }
    public DateTime AddedAtUtc { get; set; }
}
