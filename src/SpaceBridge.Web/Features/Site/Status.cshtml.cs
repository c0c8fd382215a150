using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SpaceBridge.Web.Features.Site;

/// <summary>The page readers see for an error status (404 unknown address or id, 400 bad request).</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        // Reached directly rather than re-executed: still answer with the status it describes.
        Response.StatusCode = Code;
    }
}
