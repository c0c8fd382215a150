using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace SpaceBridge.Web.Features.Shared.Forms;

/// <summary>The label of a field people must fill in says so in words, in the reader's language (WCAG 3.3.2).</summary>
[HtmlTargetElement("label", Attributes = "asp-for")]
public sealed class RequiredLabelTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = null!;

    /// <summary>After the framework's label tag helper has written the display name.</summary>
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (FormFields.IsRequired(For))
        {
            var marker = new TagBuilder("span");
            marker.AddCssClass("required");
            marker.InnerHtml.Append(localizer["Form.Required"]);
            output.PostContent.AppendHtml(" ").AppendHtml(marker);
        }
    }
}
