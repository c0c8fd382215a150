using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Registrations.Directory;

/// <summary>The participant directory: approved people who consented, by country and protocol rank. Never e-mail addresses.</summary>
[Authorize]
public sealed class ParticipantsModel(AppDbContext db, ParticipantDirectory directory) : PageModel
{
    public Event Event { get; private set; } = null!;
    public List<IGrouping<string, DirectoryEntry>> Countries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null) return NotFound();
        if (!await directory.CanViewAsync(User, id)) return this.NeedsRole(NeededRole.EventParticipant);
        Event = ev;
        Countries = (await directory.ListAsync(id, CultureInfo.CurrentUICulture, ct)).GroupBy(p => p.CountryName).ToList();
        return Page();
    }
}
