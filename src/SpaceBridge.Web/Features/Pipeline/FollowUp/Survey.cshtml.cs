using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>The outcome survey behind the signed link of its e-mail; the link is the only key (no sign-in).</summary>
public sealed class SurveyModel(AppDbContext db, OutcomeSurveys surveys, IStringLocalizer<SharedResource> l) : PageModel
{
    public BilingualText EventName { get; private set; } = new();
    public int Wave { get; private set; }
    public bool Saved { get; private set; }
    [BindProperty] public CooperationProgress? Progress { get; set; }
    [BindProperty] public int? InitiativesStarted { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, bool saved, CancellationToken ct)
    {
        if (await ReadAsync(token, ct) is not { } who) return NotFound();
        var answer = await db.SurveyAnswers.AsNoTracking()
            .FirstOrDefaultAsync(a => a.EventId == who.EventId && a.Wave == who.Wave && a.RegistrationId == who.RegistrationId, ct);
        (Progress, InitiativesStarted, Comment, Saved) = (answer?.Progress, answer?.InitiativesStarted, answer?.Comment, saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (await ReadAsync(token, ct) is not { } who) return NotFound();
        if (Progress is null) ModelState.AddModelError(nameof(Progress), l["Survey.Error.Progress"]);
        if (InitiativesStarted is < 0 or > 1000) ModelState.AddModelError(nameof(InitiativesStarted), l["Survey.Error.Progress"]);
        if (Comment?.Length > 2000) Comment = Comment[..2000];
        if (!ModelState.IsValid) return Page();
        await surveys.SaveAsync(who, Progress!.Value, InitiativesStarted, Comment, ct);
        return Redirect($"/surveys/outcome/{Uri.EscapeDataString(token)}?saved=true");
    }

    private async Task<(int EventId, int Wave, int RegistrationId)?> ReadAsync(string token, CancellationToken ct)
    {
        if (surveys.Read(token) is not { } who) return null;
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == who.EventId, ct);
        if (ev is null) return null;
        (EventName, Wave) = (ev.Name, who.Wave);
        return who;
    }
}
