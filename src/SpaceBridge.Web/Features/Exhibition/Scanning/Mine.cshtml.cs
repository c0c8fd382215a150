using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SpaceBridge.Web.Features.Exhibition.Scanning;

/// <summary>"My booth": the exhibitors whose staff the signed-in user is on, with their booths and the scanner.</summary>
[Authorize]
public sealed class MineModel(ExhibitorStaffAccess access) : PageModel
{
    public List<Exhibitor> Exhibitors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Exhibitors = await access.MineAsync(User, ct);
}
