using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Pipeline.FollowUp;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Pipeline.Dashboard;

/// <summary>
/// The organizers' view of the pipeline: counts and value of the initiatives shared with organizers or the public, by
/// stage, by country pair and by topic (each chart with its table); of those kept to their parties only the number at
/// each stage; and the progress of the forum's e-mail batches.
/// </summary>
[Authorize(Policy = Policies.ForumOrganizer)]
public sealed class IndexModel(AppDbContext db, EmailBatches batches, IStringLocalizer<SharedResource> l) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public List<PipelineRow> ByStage { get; private set; } = [];
    public List<PipelineRow> ByCountryPair { get; private set; } = [];
    public List<PipelineRow> ByTopic { get; private set; } = [];
    public List<BatchProgress> Batches { get; private set; } = [];
    /// <summary>Initiatives visible to their parties only, counted by stage: organizers learn how many, not which.</summary>
    public List<(InitiativeStage Stage, int Count)> PartiesOnlyByStage { get; private set; } = [];
    public int PartiesOnlyTotal => PartiesOnlyByStage.Sum(s => s.Count);

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        if (await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct) is not { } forum) return NotFound();
        Forum = forum;
        var shared = await db.Initiatives.AsNoTracking()
            .Where(i => i.ForumId == forumId && i.Visibility != InitiativeVisibility.PartiesOnly)
            .Select(i => new { i.Stage, i.Topic, i.Value, i.Currency, Countries = i.Parties.Select(p => p.Organization.CountryCode).ToList() })
            .ToListAsync(ct);
        static PipelineRow Row<T>(string key, string label, IEnumerable<T> items, Func<T, decimal?> value, Func<T, string?> currency) =>
            new(key, label, items.Count(), items.Where(i => value(i) is not null && currency(i) is not null)
                .GroupBy(i => currency(i)!).ToDictionary(g => g.Key, g => g.Sum(i => value(i)!.Value)));
        ByStage = Enum.GetValues<InitiativeStage>()
            .Select(s => Row(s.ToString(), l[$"InitiativeStage.{s}"], shared.Where(i => i.Stage == s).ToList(), i => i.Value, i => i.Currency)).ToList();
        ByCountryPair = shared
            .SelectMany(i => Pairs(i.Countries).Select(pair => (pair, i)))
            .GroupBy(x => x.pair)
            .Select(g => Row(g.Key, g.Key, g.Select(x => x.i).ToList(), i => i.Value, i => i.Currency))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key).ToList();
        ByTopic = shared.GroupBy(i => i.Topic)
            .Select(g => Row(g.Key?.ToString() ?? "-", g.Key is { } t ? l[$"CapabilityArea.{t}"] : l["Initiative.Field.NoTopic"], g.ToList(), i => i.Value, i => i.Currency))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key).ToList();
        var partiesOnly = await db.Initiatives.AsNoTracking()
            .Where(i => i.ForumId == forumId && i.Visibility == InitiativeVisibility.PartiesOnly)
            .GroupBy(i => i.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToListAsync(ct);
        PartiesOnlyByStage = Enum.GetValues<InitiativeStage>()
            .Select(s => (s, partiesOnly.FirstOrDefault(p => p.Stage == s)?.Count ?? 0)).ToList();
        Batches = await batches.ProgressAsync(forumId, ct);
        return Page();
    }

    /// <summary>Every pair of distinct countries among an initiative's parties, each written in alphabetical order (KR–US).</summary>
    public static IEnumerable<string> Pairs(IEnumerable<string> countries)
    {
        var distinct = countries.Distinct().Order(StringComparer.Ordinal).ToList();
        for (var a = 0; a < distinct.Count; a++)
            for (var b = a + 1; b < distinct.Count; b++)
                yield return $"{distinct[a]}–{distinct[b]}";
    }
}
