using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace SpaceBridge.Web.Features.Shared;

/// <summary>The text of every page's title element, composed once in the layout.</summary>
public static class PageTitle
{
    /// <summary>
    /// The page's own title (ViewData["Title"]: a string, or a resource string as pages usually set it), then the site
    /// name; "Error:" first when a form on the page failed validation, so the first thing heard says so.
    /// </summary>
    public static string Compose(ViewDataDictionary viewData, IStringLocalizer localizer)
    {
        var own = viewData["Title"] switch
        {
            LocalizedString s => s.Value,
            { } other => other.ToString(),
            null => null,
        };
        var site = localizer["SiteName"].Value;
        var title = string.IsNullOrWhiteSpace(own) ? site : $"{own.Trim()} – {site}";
        return viewData.ModelState.ErrorCount > 0 ? $"{localizer["Title.Error"].Value} {title}" : title;
    }
}
