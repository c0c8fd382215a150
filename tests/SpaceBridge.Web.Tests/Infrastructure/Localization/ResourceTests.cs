using System.Xml.Linq;

namespace SpaceBridge.Web.Tests.Infrastructure.Localization;

public class ResourceTests
{
    private static Dictionary<string, string> Read(string file)
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "SpaceBridge.slnx")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
        }
        return XDocument.Load(Path.Combine(dir, "src", "SpaceBridge.Web", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
    }

    [Fact]
    public void Every_UI_string_has_an_English_and_a_Korean_text()
    {
        var english = Read("SharedResource.resx");
        var korean = Read("SharedResource.ko.resx");

        Assert.Empty(english.Keys.Except(korean.Keys));
        Assert.Empty(korean.Keys.Except(english.Keys));
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
        Assert.All(korean, k => Assert.False(string.IsNullOrWhiteSpace(k.Value), k.Key));
    }

    [Theory]
    [InlineData(typeof(SpaceBridge.Web.Features.Programme.Sessions.SessionKind))]
    [InlineData(typeof(SpaceBridge.Web.Features.Programme.Sessions.SessionRole))]
    [InlineData(typeof(SpaceBridge.Web.Features.Programme.Events.HostRole))]
    [InlineData(typeof(SpaceBridge.Web.Features.Programme.Organizations.OrganizationKind))]
    public void Every_enum_value_shown_on_pages_has_a_display_name(Type enumType)
    {
        var korean = Read("SharedResource.ko.resx");
        Assert.All(Enum.GetNames(enumType), name => Assert.Contains($"{enumType.Name}.{name}", korean.Keys));
    }
}
