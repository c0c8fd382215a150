using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.News;

/// <summary>
/// The Atom feed (RFC 4287) of a forum's published news. Entry ids are tag URIs (RFC 4151) made of the public host, the
/// day the item was created and its id, so they never change when an item is edited; links use the configured public
/// origin, never the request's host.
/// </summary>
public static class NewsFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string EntryId(PublicOrigins origins, NewsItem item) =>
        $"tag:{origins.BaseUri.Host},{item.CreatedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:news/{item.Id.ToString(CultureInfo.InvariantCulture)}";

    public static byte[] Write(Forum forum, IReadOnlyList<NewsItem> items, PublicOrigins origins, DateTime nowUtc)
    {
        var updated = items.Count == 0 ? nowUtc : items.Max(i => i.UpdatedAtUtc);
        var self = origins.Link($"forums/{forum.Id}/news.atom");
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", $"tag:{origins.BaseUri.Host},2023-01-01:forums/{forum.Id}/news"),
            new XElement(Atom + "title", $"{forum.Name.En ?? forum.Name.Ko} – News"),
            new XElement(Atom + "updated", Instant(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", self)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", origins.Link($"forums/{forum.Id}/news"))),
            new XElement(Atom + "author", new XElement(Atom + "name", forum.Name.En ?? forum.Name.Ko ?? "SpaceBridge")));
        foreach (var item in items)
        {
            var html = new StringBuilder();
            if (item.Body.En is not null)
            {
                html.Append("<div lang=\"en\">").Append(NewsMarkdown.ToSafeHtml(item.Body.En)).Append("</div>");
            }
            if (item.Body.Ko is not null)
            {
                html.Append("<div lang=\"ko\">").Append(NewsMarkdown.ToSafeHtml(item.Body.Ko)).Append("</div>");
            }
            var title = item.Title.En is not null && item.Title.Ko is not null ? $"{item.Title.En} / {item.Title.Ko}" : item.Title.En ?? item.Title.Ko ?? "";
            feed.Add(new XElement(Atom + "entry",
                new XElement(Atom + "id", EntryId(origins, item)),
                new XElement(Atom + "title", title),
                new XElement(Atom + "updated", Instant(item.UpdatedAtUtc)),
                new XElement(Atom + "published", Instant(item.PublishedAtUtc ?? item.CreatedAtUtc)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"),
                    new XAttribute("href", origins.Link($"forums/{forum.Id}/news/{item.Id}"))),
                new XElement(Atom + "rights", item.Credit ?? item.Licence.ToString()),
                new XElement(Atom + "content", new XAttribute("type", "html"), html.ToString())));
        }
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new XDocument(feed).Save(writer);
        }
        return stream.ToArray();
    }

    private static string Instant(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
