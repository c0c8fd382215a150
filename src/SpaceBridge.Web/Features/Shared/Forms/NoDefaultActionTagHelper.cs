using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace SpaceBridge.Web.Features.Shared.Forms;

/// <summary>
/// A form with several consequential buttons (approve, waitlist, decline) gets a harmless default action: pressing Enter
/// in one of its text boxes submits through a first, hidden button that carries no decision, so the page answers
/// "choose a button" and changes nothing, instead of the browser picking the first visible button.
/// Usage: &lt;form method="post" no-default-action&gt;. The page must treat a post without its decision as no decision.
/// </summary>
[HtmlTargetElement("form", Attributes = AttributeName)]
public sealed class NoDefaultActionTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    private const string AttributeName = "no-default-action";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll(AttributeName);
        var button = new TagBuilder("button");
        button.Attributes["type"] = "submit";
        button.Attributes["class"] = "default-action";
        // Out of the tab order and hidden from screen readers: only implicit submission (Enter) ever reaches it.
        button.Attributes["tabindex"] = "-1";
        button.Attributes["aria-hidden"] = "true";
        button.InnerHtml.Append(localizer["Form.NoDefaultAction"]);
        output.PreContent.AppendHtml(button);
    }
}
