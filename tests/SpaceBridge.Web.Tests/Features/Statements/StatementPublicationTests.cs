using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Statements;

public sealed class StatementPublicationTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task A_draft_is_not_found_on_the_public_page_and_its_exports()
    {
        var s = await StatementSetup.CreateAsync(factory);
        var client = factory.CreateClient();
        foreach (var url in new[] { $"/statements/{s.Id}", $"/statements/{s.Id}.pdf", $"/statements/{s.Id}.akn.xml" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task An_adopted_statement_is_published_in_both_languages_as_a_page_a_pdf_and_valid_Akoma_Ntoso()
    {
        var s = await StatementSetup.CreateAsync(factory);
        // Clauses long enough to wrap over several lines in both columns, and enough of them to need a second page.
        for (var i = 1; i <= 10; i++)
        {
            var n = i;
            await s.Drafting(d => d.AddClauseAsync(s.Id, new ClauseText(ClauseKind.Operative,
                $"Item {n}: the two sides will exchange engineers, share test facilities for small launch vehicles and lunar payloads, "
                + "and report jointly each year on the progress of every project named in this statement.",
                $"제{n}항: 양측은 소형 발사체와 달 탑재체를 위한 시험 시설을 공유하고 기술 인력을 교류하며, "
                + "이 성명에서 정한 모든 사업의 진행 상황을 매년 공동으로 보고한다.", null, null), s.Msit));
        }
        await s.ApproveCurrentAsync(s.Msit, "MSIT");
        await s.ApproveCurrentAsync(s.Doc, "DOC");
        var client = factory.CreateClient();

        var page = await client.GetStringAsync($"/statements/{s.Id}");
        Assert.Contains("Both sides will cooperate.", page);
        Assert.Contains("양측은 협력한다.", page);
        Assert.Contains("과학기술정보통신부 장관", page);

        var pdf = await client.GetAsync($"/statements/{s.Id}.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var pages = PdfText.Pages(bytes);
        var text = string.Join("\n", pages);
        Assert.Contains("1. Both sides will cooperate.", text);
        Assert.Contains("1. 양측은 협력한다.", text);
        Assert.Contains("과학기술정보통신부 장관", text);
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        Assert.Contains($"{pages.Count} / {pages.Count}", pages[^1]);
        StatementPdfText.AssertHoldsEveryClause(await s.AdoptedContentAsync(), bytes);

        var xml = await client.GetByteArrayAsync($"/statements/{s.Id}.akn.xml");
        var document = AkomaNtoso.Validate(xml);
        XNamespace akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
        var languages = document.Descendants(akn + "FRBRlanguage").Select(e => (string?)e.Attribute("language")).ToList();
        Assert.Equal(["eng", "kor"], languages);
        var works = document.Descendants(akn + "FRBRWork").Select(w => (string?)w.Element(akn + "FRBRuri")!.Attribute("value")).Distinct().ToList();
        Assert.Single(works);
        Assert.Contains(document.Descendants(akn + "p"), p => p.Value == "Both sides will cooperate.");
        Assert.Contains(document.Descendants(akn + "p"), p => p.Value == "양측은 협력한다.");
        Assert.Equal("statement", document.Root!.Elements().Single().Name.LocalName);
    }
}

/// <summary>What a reader copies out of a statement PDF, column by column (English left, Korean right).</summary>
internal static class StatementPdfText
{
    /// <summary>Every clause of the text, in both languages, whitespace-normalized and with its wrapped lines joined.</summary>
    public static void AssertHoldsEveryClause(StatementContent content, byte[] pdf)
    {
        var (left, right) = PdfText.Columns(pdf);
        var english = PdfText.Normalize(left);
        var korean = PdfText.Normalize(right);
        Assert.NotEmpty(content.Clauses);
        foreach (var clause in content.Clauses)
        {
            Assert.True(clause.Text.En is not null && clause.Text.Ko is not null, $"clause {clause.Number} is bilingual");
            Assert.True(english.Contains(PdfText.Normalize(clause.Text.En!), StringComparison.Ordinal),
                $"English clause {clause.Number} \"{clause.Text.En}\" is not in the PDF's English column:\n{english}");
            Assert.True(korean.Contains(PdfText.Normalize(clause.Text.Ko!), StringComparison.Ordinal),
                $"Korean clause {clause.Number} \"{clause.Text.Ko}\" is not in the PDF's Korean column:\n{korean}");
        }
    }
}

/// <summary>Validates Akoma Ntoso documents against the OASIS schema in ../shared/schemas/akn.</summary>
internal static class AkomaNtoso
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, SharedFiles.Path("schemas", "akn", "akomantoso30.xsd"));
        set.Compile();
        return set;
    });

    public static XDocument Validate(byte[] xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        Assert.True(errors.Count == 0, "Akoma Ntoso schema errors:\n" + string.Join("\n", errors) + "\n" + System.Text.Encoding.UTF8.GetString(xml));
        return document;
    }
}
