using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Site;

/// <summary>The page readers see for an error status (404 unknown address or id, 400 bad request, 403 naming the role needed).</summary>
// A refused post is re-executed here before its own token was checked; this page writes nothing, so it needs none.
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>For a 403: the role the refusing page asked for, when it named one.</summary>
    public NeededRole? NeededRole { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        NeededRole = RoleRefusal.Of(HttpContext);
        // Reached directly rather than re-executed: still answer with the status it describes.
        Response.StatusCode = Code;
    }

    /// <summary>A refused form post is re-executed as a post: the same page.</summary>
    public void OnPost(int code) => OnGet(code);
}
