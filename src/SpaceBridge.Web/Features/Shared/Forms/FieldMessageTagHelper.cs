using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace SpaceBridge.Web.Features.Shared.Forms;

/// <summary>
/// A field's message gets the id its field points at with aria-describedby, and a hidden "Error:" that screen readers
/// say first. On asp-validation-for spans the framework writes the message; message-for="key" does the same for a
/// field bound by hand.
/// </summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
[HtmlTargetElement("span", Attributes = "message-for")]
public sealed class FieldMessageTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    [HtmlAttributeName("asp-validation-for")] public ModelExpression? For { get; set; }

    [HtmlAttributeName("message-for")] public string? Key { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's validation message tag helper has written the message.</summary>
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = Key ?? (For is null ? null : FormFields.Key(ViewContext, For));
        if (key is null)
        {
            return;
        }
        output.Attributes.SetAttribute("id", FormFields.MessageId(key));
        var errors = FormFields.Errors(ViewContext, key);
        if (Key is not null)
        {
            output.Attributes.SetAttribute("class", errors.Count > 0 ? "field-validation-error" : "field-validation-valid");
            output.Content.Clear();
        }
        if (errors.Count > 0)
        {
            // Every message of the field; one a service left untranslated is marked with its language.
            output.Content.SetHtmlContent(UserText.Of(string.Join(" ", errors)));
            var prefix = new TagBuilder("span");
            prefix.AddCssClass("visually-hidden");
            prefix.InnerHtml.Append($"{localizer["Title.Error"]} ");
            output.PreContent.SetHtmlContent(prefix);
        }
    }
}
