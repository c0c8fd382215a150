using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SpaceBridge.Web.Features.Shared.Forms;

/// <summary>
/// Tells assistive technology what the page shows about a field: aria-invalid and aria-describedby (its message) when
/// it failed validation, aria-required when it must be filled in. Applies to every asp-for field; a field bound by
/// hand names its model-state key with field-key="...".
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("input", Attributes = "field-key", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "field-key")]
[HtmlTargetElement("textarea", Attributes = "field-key")]
[HtmlTargetElement("fieldset", Attributes = "field-key")]
public sealed class FieldStateTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression? For { get; set; }

    [HtmlAttributeName("field-key")] public string? Key { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's own input, select and textarea tag helpers have written id and name.</summary>
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = Key ?? (For is null ? null : FormFields.Key(ViewContext, For));
        if (key is null || output.Attributes["type"]?.Value?.ToString() == "hidden")
        {
            return;
        }
        if (output.Attributes["id"]?.Value?.ToString() is { Length: > 0 } id)
        {
            RenderedFields.Of(ViewContext.HttpContext).Add(key, id, For?.Metadata.GetDisplayName());
        }
        if (For is not null && FormFields.IsRequired(For))
        {
            output.Attributes.SetAttribute("aria-required", "true");
        }
        if (FormFields.Errors(ViewContext, key).Count == 0)
        {
            return;
        }
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
        var message = FormFields.MessageId(key);
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrWhiteSpace(describedBy) ? message : $"{message} {describedBy}");
    }
}
