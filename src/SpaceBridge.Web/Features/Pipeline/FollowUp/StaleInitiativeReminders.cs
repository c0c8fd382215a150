using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// Reminds the members of an open initiative's parties when nothing changed for <see cref="FollowUpOptions.StaleAfterDays"/>:
/// one batch per initiative and quiet spell (the key names the last change), so each spell brings one reminder.
/// </summary>
public sealed class StaleInitiativeReminders(AppDbContext db, EmailBatches batches, PublicOrigins origins, IOptions<FollowUpOptions> options, TimeProvider clock)
{
    public async Task<int> StartDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-options.Value.StaleAfterDays);
        var closed = new[] { InitiativeStage.Completed, InitiativeStage.Dropped };
        var stale = await db.Initiatives.AsNoTracking().Include(i => i.Parties)
            .Where(i => !closed.Contains(i.Stage) && i.LastChangedAtUtc < cutoff && i.StaleReminderSentAtUtc == null)
            .ToListAsync(ct);
        foreach (var initiative in stale)
        {
            var members = await InitiativeMembers.OfAsync(db, initiative.ForumId, initiative.Parties.Select(p => p.OrganizationId).ToList(), ct);
            var link = origins.Link($"/forums/{initiative.ForumId}/initiatives/{initiative.Id}");
            var title = initiative.Title.En ?? initiative.Title.Ko;
            await batches.CreateAsync(initiative.ForumId, $"stale:{initiative.Id}:{initiative.LastChangedAtUtc.Ticks}", EmailBatchKind.StaleInitiativeReminder,
                $"{title}: no news for {options.Value.StaleAfterDays} days / {options.Value.StaleAfterDays}일째 소식 없음",
                $"The initiative \"{title}\" has not changed for {options.Value.StaleAfterDays} days. What is its next step?\n"
                + $"협력 과제 \"{initiative.Title.Ko ?? title}\"이(가) {options.Value.StaleAfterDays}일 동안 바뀌지 않았습니다. 다음 단계를 알려 주십시오.\n\n{link}",
                members.Select(m => new BatchRecipient(m.Email, m.Name)), createdBy: null, ct: ct);
            await db.Initiatives.Where(i => i.Id == initiative.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.StaleReminderSentAtUtc, now), ct);
        }
        return stale.Count;
    }
}
