using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SpaceBridge.Web.Features.Shared.Tables;

/// <summary>
/// Every table with a caption is wrapped in a region that scrolls sideways on its own, is named by the caption and can
/// be focused to scroll with the keyboard, so a wide table never makes the whole page scroll at 320 px (WCAG 1.4.10).
/// </summary>
[HtmlTargetElement("table")]
public sealed class TableRegionTagHelper : TagHelper
{
    private static readonly object CounterKey = new();

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var items = ViewContext.HttpContext.Items;
        var number = items[CounterKey] is int n ? n + 1 : 1;
        items[CounterKey] = number;
        var caption = new TableCaption(output.Attributes["id"]?.Value?.ToString() is { Length: > 0 } id ? $"{id}-caption" : $"table-{number}-caption");
        context.Items[typeof(TableCaption)] = caption;
        // Runs the caption's tag helper, which takes (or keeps) its id.
        await output.GetChildContentAsync();
        if (!caption.Found)
        {
            return;
        }
        var region = new TagBuilder("div");
        region.AddCssClass("table-region");
        region.Attributes["role"] = "region";
        region.Attributes["tabindex"] = "0";
        region.Attributes["aria-labelledby"] = caption.Id;
        region.TagRenderMode = TagRenderMode.StartTag;
        output.PreElement.AppendHtml(region);
        output.PostElement.AppendHtml("</div>");
    }
}
