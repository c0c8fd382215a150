using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
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
        await s.ApproveCurrentAsync(s.Msit, "MSIT");
        await s.ApproveCurrentAsync(s.Doc, "DOC");
        var client = factory.CreateClient();

        var page = await client.GetStringAsync($"/statements/{s.Id}");
        Assert.Contains("Both sides will cooperate.", page);
        Assert.Contains("양측은 협력한다.", page);
        Assert.Contains("과학기술정보통신부 장관", page);

        var pdf = await client.GetAsync($"/statements/{s.Id}.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var pages = PdfText.Pages(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pages);
        Assert.Contains("1. Both sides will cooperate.", text);
        Assert.Contains("1. 양측은 협력한다.", text);
        Assert.Contains("과학기술정보통신부 장관", text);
        Assert.Contains("1 / 1", pages[^1]);

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
