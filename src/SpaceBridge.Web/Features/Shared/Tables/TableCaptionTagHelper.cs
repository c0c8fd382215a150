using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SpaceBridge.Web.Features.Shared.Tables;

/// <summary>Gives a table's caption an id for its region to point at.</summary>
[HtmlTargetElement("caption", ParentTag = "table")]
public sealed class TableCaptionTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (context.Items.TryGetValue(typeof(TableCaption), out var value) && value is TableCaption caption)
        {
            if (output.Attributes["id"]?.Value?.ToString() is { Length: > 0 } own)
            {
                caption.Id = own;
            }
            output.Attributes.SetAttribute("id", caption.Id);
            caption.Found = true;
        }
    }
}
