using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace SpaceBridge.Web.Features.Shared.Forms;

/// <summary>
/// The one error summary of the site, written by the layout at the top of every page whose form failed validation:
/// each message, linked to its field; focus moves here when the page loads (WCAG 3.3.1), and the page title starts
/// with "Error:" (see <see cref="PageTitle"/>).
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public const string Id = "error-summary";

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        if (state.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }
        var fields = RenderedFields.Of(ViewContext.HttpContext);
        var entries = state
            .Where(e => e.Value is { Errors.Count: > 0 })
            .Select((e, index) => (e.Key, Errors: e.Value!.Errors, Index: index))
            .OrderBy(e => e.Key.Length == 0 ? -1 : fields.PositionOf(e.Key))
            .ThenBy(e => e.Index);
        var list = new TagBuilder("ul");
        foreach (var (key, errors, _) in entries)
        {
            var target = key.Length == 0 ? null : fields.IdOf(key);
            var label = key.Length == 0 ? null : fields.LabelOf(key);
            foreach (var error in errors)
            {
                var message = error.ErrorMessage.Length > 0 ? error.ErrorMessage : localizer["Form.InvalidValue"].Value;
                // "This field is required." needs its field's name once it stands in a list away from the field.
                if (!string.IsNullOrEmpty(label) && !message.Contains(label, StringComparison.CurrentCultureIgnoreCase))
                {
                    message = localizer["Form.ErrorOfField", label, message];
                }
                var item = new TagBuilder("li");
                if (target is null)
                {
                    item.InnerHtml.AppendHtml(UserText.Of(message));
                }
                else
                {
                    var link = new TagBuilder("a");
                    link.Attributes["href"] = $"#{target}";
                    link.InnerHtml.AppendHtml(UserText.Of(message));
                    item.InnerHtml.AppendHtml(link);
                }
                list.InnerHtml.AppendHtml(item);
            }
        }
        var heading = new TagBuilder("h2");
        heading.Attributes["id"] = $"{Id}-title";
        heading.InnerHtml.Append(localizer["Form.ErrorSummary"]);
        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";
        alert.InnerHtml.AppendHtml(heading).AppendHtml(list);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", Id);
        output.Attributes.SetAttribute("class", "error-summary");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.Add(new TagHelperAttribute("autofocus"));
        output.Content.SetHtmlContent(alert);
    }
}
