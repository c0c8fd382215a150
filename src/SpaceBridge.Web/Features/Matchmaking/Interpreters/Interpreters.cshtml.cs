using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

/// <summary>
/// An event's interpreter pools for its meetings: how many interpreters of each language pair are free in every meeting
/// slot. Add a pool, change one at the version shown (?edit=id), remove one at its version.
/// </summary>
[Authorize]
public sealed class InterpretersModel(AppDbContext db, ForumAccess access, InterpreterPools pools, IStringLocalizer<SharedResource> l) : PageModel
{
    public Event Event { get; private set; } = null!;
    public List<EventInterpreterPool> Pools { get; private set; } = [];
    [BindProperty] public InterpreterPoolInput Input { get; set; } = new();
    /// <summary>The pool being changed (null: the form adds one) and the version the form was loaded with.</summary>
    [BindProperty] public int? PoolId { get; set; }
    [BindProperty] public int Version { get; set; }
    /// <summary>Approved participants who list the languages they meet in, and how many meetings need an interpreter.</summary>
    public int ParticipantsWithLanguages { get; private set; }
    [TempData] public string? Message { get; set; }

    public string LanguageName(string code) => l[MeetingLanguageCodes.NameKey(code)];

    public async Task<IActionResult> OnGetAsync(int eventId, int? edit, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        if (edit is { } id)
        {
            EventInterpreterPool pool;
            try
            {
                pool = await pools.FindAsync(eventId, id, ct);
            }
            catch (InterpreterPoolNotFoundException)
            {
                return NotFound();
            }
            Input = new InterpreterPoolInput { LanguageA = pool.LanguageA, LanguageB = pool.LanguageB, Count = pool.Count };
            PoolId = pool.Id;
            Version = pool.Version;
        }
        else
        {
            Input = new InterpreterPoolInput { LanguageA = "ko", LanguageB = "en", Count = 1 };
        }
        return await ShowAsync(eventId, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(int eventId, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        // Typing errors (a count that is not a number) are the model binder's; the rules are the service's, all at once.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal) && ModelState[k]!.Errors.Count > 0).ToList())
        {
            ModelState[key]!.Errors.Clear();
            ModelState.AddModelError(key, l["Interpreters.Error.Count", InterpreterPools.MaxCount]);
        }
        if (!ModelState.IsValid) return await ShowAsync(eventId, ct);
        try
        {
            var pool = PoolId is { } id
                ? await pools.UpdateAsync(eventId, id, Input, VersionCheck.Exactly(Version), User, ct)
                : await pools.AddAsync(eventId, Input, User, ct);
            Message = l["Interpreters.Saved", LanguageName(pool.LanguageA), LanguageName(pool.LanguageB), pool.Count];
            return RedirectToPage(new { eventId });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var message in messages) ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            }
            return await ShowAsync(eventId, ct);
        }
        catch (StaleVersionRefusal)
        {
            ModelState.AddModelError("", l["Interpreters.Error.Changed"]);
            return await ShowAsync(eventId, ct, StatusCodes.Status409Conflict);
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(int eventId, int poolId, int version, CancellationToken ct)
    {
        if (await GateAsync(eventId) is { } refused) return refused;
        try
        {
            await pools.RemoveAsync(eventId, poolId, VersionCheck.Exactly(version), User, ct);
            Message = l["Interpreters.Removed"];
            return RedirectToPage(new { eventId });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (StaleVersionRefusal)
        {
            ModelState.AddModelError("", l["Interpreters.Error.Changed"]);
            return await ShowAsync(eventId, ct, StatusCodes.Status409Conflict);
        }
    }

    private async Task<IActionResult?> GateAsync(int eventId)
    {
        if (await access.ForumOfEventAsync(eventId) is null) return NotFound();
        return await access.IsEventOrganizerAsync(User, eventId) ? null : this.NeedsRole(NeededRole.EventOrganizer);
    }

    private async Task<IActionResult> ShowAsync(int eventId, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        Event = await db.Events.AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
        Pools = await pools.ListAsync(eventId, ct);
        ParticipantsWithLanguages = (await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Approved)
            .Select(r => r.MeetingLanguages).ToListAsync(ct)).Count(languages => languages.Count > 0);
        Response.StatusCode = status;
        return Page();
    }
}
