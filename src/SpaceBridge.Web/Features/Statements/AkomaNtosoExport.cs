using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// An adopted statement as Akoma Ntoso 1.0 (OASIS LegalDocML, namespace akn/3.0), document type <c>statement</c>. One
/// work with one expression per language: the English expression is the document, the Korean expression is its
/// attachment, each with its own FRBR work/expression/manifestation identification. Preamble clauses go to the
/// preamble, operative clauses and commitments to numbered paragraphs of the main body, place, date and signatures to
/// the conclusions.
/// </summary>
public static class AkomaNtosoExport
{
    public static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    public sealed record Party(int Id, string NameEn, string? NameKo);

    public static byte[] Write(JointStatement statement, StatementContent content, IReadOnlyList<Party> coHosts, string publicOrigin, DateTime generatedUtc)
    {
        var english = Expression(statement, content, coHosts, "en", "", publicOrigin, generatedUtc);
        var korean = Expression(statement, content, coHosts, "ko", "att_1__", publicOrigin, generatedUtc);
        english.Add(new XElement(Akn + "attachments",
            new XElement(Akn + "attachment", new XAttribute("eId", "att_1"), korean)));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Akn + "akomaNtoso", english));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }

    private static XElement Expression(JointStatement statement, StatementContent content, IReadOnlyList<Party> coHosts, string language,
        string prefix, string origin, DateTime generatedUtc)
    {
        var lang3 = language == "ko" ? "kor" : "eng";
        var date = (content.Date ?? DateOnly.FromDateTime(statement.AdoptedAtUtc ?? generatedUtc)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var work = $"/akn/kr/statement/{date}/spacebridge-{statement.Id.ToString(CultureInfo.InvariantCulture)}";
        var expression = $"{work}/{lang3}@{date}";
        string Text(TextPair pair) => (language == "ko" ? pair.Ko ?? pair.En : pair.En ?? pair.Ko) ?? "";
        string Id(string id) => prefix + id;
        string PartyName(Party p) => language == "ko" ? p.NameKo ?? p.NameEn : p.NameEn;

        var references = new XElement(Akn + "references", new XAttribute("source", "#spacebridge"),
            new XElement(Akn + "TLCOrganization", new XAttribute("eId", Id("spacebridge")), new XAttribute("href", "/ontology/organization/spacebridge"),
                new XAttribute("showAs", "SpaceBridge")));
        foreach (var party in coHosts)
        {
            references.Add(new XElement(Akn + "TLCOrganization", new XAttribute("eId", Id($"org_{party.Id}")),
                new XAttribute("href", $"/ontology/organization/spacebridge/org-{party.Id}"), new XAttribute("showAs", PartyName(party))));
        }
        for (var i = 0; i < content.Signatories.Count; i++)
        {
            var s = content.Signatories[i];
            references.Add(new XElement(Akn + "TLCPerson", new XAttribute("eId", Id($"signatory_{i + 1}")),
                new XAttribute("href", $"/ontology/person/spacebridge/statement-{statement.Id}-signatory-{i + 1}"), new XAttribute("showAs", Text(s.Name))));
            references.Add(new XElement(Akn + "TLCRole", new XAttribute("eId", Id($"role_{i + 1}")),
                new XAttribute("href", $"/ontology/role/spacebridge/statement-{statement.Id}-signatory-{i + 1}"), new XAttribute("showAs", Text(s.Title).Length > 0 ? Text(s.Title) : "signatory")));
        }
        var authors = coHosts.Select(p => new XElement(Akn + "FRBRauthor", new XAttribute("href", "#" + Id($"org_{p.Id}")))).ToList();
        XElement[] Authors() => authors.Count > 0 ? authors.Select(a => new XElement(a)).ToArray() : [new XElement(Akn + "FRBRauthor", new XAttribute("href", "#" + Id("spacebridge")))];

        var meta = new XElement(Akn + "meta",
            new XElement(Akn + "identification", new XAttribute("source", "#spacebridge"),
                new XElement(Akn + "FRBRWork",
                    new XElement(Akn + "FRBRthis", new XAttribute("value", work + "/!main")),
                    new XElement(Akn + "FRBRuri", new XAttribute("value", work)),
                    new XElement(Akn + "FRBRalias", new XAttribute("value", $"{origin}/statements/{statement.Id}"), new XAttribute("name", "publicPage")),
                    new XElement(Akn + "FRBRdate", new XAttribute("date", date), new XAttribute("name", "adoption")),
                    Authors(),
                    new XElement(Akn + "FRBRcountry", new XAttribute("value", "kr")),
                    new XElement(Akn + "FRBRname", new XAttribute("value", "jointStatement"))),
                new XElement(Akn + "FRBRExpression",
                    new XElement(Akn + "FRBRthis", new XAttribute("value", expression + "/!main")),
                    new XElement(Akn + "FRBRuri", new XAttribute("value", expression)),
                    new XElement(Akn + "FRBRdate", new XAttribute("date", date), new XAttribute("name", "adoption")),
                    Authors(),
                    new XElement(Akn + "FRBRlanguage", new XAttribute("language", lang3))),
                new XElement(Akn + "FRBRManifestation",
                    new XElement(Akn + "FRBRthis", new XAttribute("value", expression + "/!main.xml")),
                    new XElement(Akn + "FRBRuri", new XAttribute("value", expression + ".akn")),
                    new XElement(Akn + "FRBRdate", new XAttribute("date", generatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new XAttribute("name", "generation")),
                    new XElement(Akn + "FRBRauthor", new XAttribute("href", "#" + Id("spacebridge"))))),
            references);
        if (statement.IsIllustrative)
        {
            meta.Add(new XElement(Akn + "notes", new XAttribute("source", "#spacebridge"),
                new XElement(Akn + "note", new XAttribute("eId", Id("note_illustrative")),
                    new XElement(Akn + "p", language == "ko" ? Illustrative.Ko : Illustrative.En))));
        }

        var preface = new XElement(Akn + "preface",
            new XElement(Akn + "p", new XAttribute("class", "title"), new XElement(Akn + "docTitle", Text(content.Title))));
        if (statement.IsIllustrative)
        {
            preface.Add(new XElement(Akn + "p", new XAttribute("class", "illustrative"), language == "ko" ? Illustrative.Ko : Illustrative.En));
        }
        var preamble = content.Clauses.Where(c => c.Kind == ClauseKind.Preamble).ToList();
        var operative = content.Clauses.Where(c => c.Kind != ClauseKind.Preamble).ToList();
        var body = new XElement(Akn + "mainBody");
        for (var i = 0; i < operative.Count; i++)
        {
            var c = operative[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var paragraph = new XElement(Akn + "paragraph", new XAttribute("eId", Id($"para_{number}")), new XAttribute("class", c.Kind.ToString().ToLowerInvariant()),
                new XElement(Akn + "num", number + "."),
                new XElement(Akn + "content", Paragraphs(Text(c.Text))));
            body.Add(paragraph);
        }
        if (operative.Count == 0)
        {
            body.Add(new XElement(Akn + "p"));
        }
        var conclusions = new XElement(Akn + "conclusions",
            new XElement(Akn + "p",
                new XElement(Akn + "location", new XAttribute("refersTo", "#" + Id("spacebridge")), Text(content.Place)), ", ",
                new XElement(Akn + "date", new XAttribute("date", date), date)));
        for (var i = 0; i < content.Signatories.Count; i++)
        {
            var s = content.Signatories[i];
            var party = coHosts.FirstOrDefault(p => p.Id == s.Organization);
            var signature = new XElement(Akn + "signature",
                new XElement(Akn + "person", new XAttribute("refersTo", "#" + Id($"signatory_{i + 1}")), Text(s.Name)));
            if (Text(s.Title).Length > 0)
            {
                signature.Add(", ", new XElement(Akn + "role", new XAttribute("refersTo", "#" + Id($"role_{i + 1}")), Text(s.Title)));
            }
            if (party is not null)
            {
                signature.Add(", ", new XElement(Akn + "organization", new XAttribute("refersTo", "#" + Id($"org_{party.Id}")), PartyName(party)));
            }
            conclusions.Add(new XElement(Akn + "p", signature));
        }
        var document = new XElement(Akn + "statement", new XAttribute("name", "jointStatement"), new XAttribute("contains", "singleVersion"),
            new XAttribute(XNamespace.Xml + "lang", language), meta, preface);
        if (preamble.Count > 0)
        {
            document.Add(new XElement(Akn + "preamble", preamble.SelectMany(c => Paragraphs(Text(c.Text)))));
        }
        document.Add(body, conclusions);
        return document;
    }

    private static IEnumerable<XElement> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).DefaultIfEmpty("").Select(line => new XElement(Akn + "p", line));
}
