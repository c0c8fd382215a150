using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// Outcome surveys 3 and 6 months after an event, to every participant of its held meetings: one batch per event and
/// wave (key <c>survey:{event}:{wave}</c>), each mail with a signed link on the configured public origin.
/// </summary>
public sealed class OutcomeSurveys(AppDbContext db, IServiceProvider services, IDataProtectionProvider protection, PublicOrigins origins,
    IOptions<FollowUpOptions> options, TimeProvider clock)
{
    public static readonly int[] Waves = [3, 6];
    private IDataProtector Protector => protection.CreateProtector("SpaceBridge.Pipeline.OutcomeSurvey");

    /// <summary>Creates (once) the batch of every survey due now and not past its window; returns how many were created.</summary>
    public async Task<int> StartDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var oldest = today.AddMonths(-Waves.Max()).AddDays(-options.Value.SurveyWindowDays);
        var events = await db.Events.AsNoTracking().Where(e => e.EndDate >= oldest && e.EndDate < today)
            .Select(e => new { e.Id, e.ForumId, e.EndDate, e.Name }).ToListAsync(ct);
        var created = 0;
        foreach (var ev in events)
        {
            foreach (var wave in Waves)
            {
                var due = ev.EndDate.AddMonths(wave);
                if (today < due || today > due.AddDays(options.Value.SurveyWindowDays))
                {
                    continue;
                }
                var participants = await db.MeetingAttendances.AsNoTracking()
                    .Where(a => a.ScheduledMeeting.EventId == ev.Id && a.ScheduledMeeting.IsPublished && a.ScheduledMeeting.Slot.StartsAtUtc < now)
                    .Select(a => new { a.RegistrationId, a.Registration.Email, a.Registration.RomanizedName })
                    .Distinct().ToListAsync(ct);
                if (participants.Count == 0)
                {
                    continue;
                }
                var title = $"{ev.Name.En ?? ev.Name.Ko} / {ev.Name.Ko ?? ev.Name.En}";
                var (_, isNew) = await services.GetRequiredService<EmailBatches>().CreateAsync(ev.ForumId, $"survey:{ev.Id}:{wave}",
                    EmailBatchKind.OutcomeSurvey,
                    $"{title}: {wave} months on / {wave}개월 후 성과 설문",
                    $"{wave} months ago you met partners at {ev.Name.En}. Please tell us in two minutes where the cooperation stands.\n"
                    + $"{ev.Name.Ko ?? ev.Name.En}에서 만난 파트너와의 협력이 {wave}개월이 지난 지금 어떻게 되었는지 알려 주십시오.",
                    participants.Select(p => new BatchRecipient(p.Email, p.RomanizedName, RegistrationId: p.RegistrationId)),
                    createdBy: null, eventId: ev.Id, wave: wave, ct: ct);
                created += isNew ? 1 : 0;
            }
        }
        return created;
    }

    public Task<string> LinkAsync(int eventId, int wave, int registrationId, CancellationToken ct) =>
        Task.FromResult(origins.Link($"/surveys/outcome/{Uri.EscapeDataString(Protector.Protect($"{eventId}.{wave}.{registrationId}"))}"));

    /// <summary>The event, wave and registration a signed survey token names, or null for a token this site did not sign.</summary>
    public (int EventId, int Wave, int RegistrationId)? Read(string token)
    {
        try
        {
            var parts = Protector.Unprotect(token).Split('.');
            return parts.Length == 3
                && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var e)
                && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var w)
                && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var r)
                ? (e, w, r) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Stores the answer, replacing an earlier one for the same event, wave and participant.</summary>
    public async Task SaveAsync((int EventId, int Wave, int RegistrationId) who, CooperationProgress progress, int? initiatives, string? comment, CancellationToken ct)
    {
        var answer = await db.SurveyAnswers.FirstOrDefaultAsync(a => a.EventId == who.EventId && a.Wave == who.Wave && a.RegistrationId == who.RegistrationId, ct);
        if (answer is null)
        {
            answer = new SurveyAnswer { EventId = who.EventId, Wave = who.Wave, RegistrationId = who.RegistrationId };
            db.SurveyAnswers.Add(answer);
        }
        answer.Progress = progress;
        answer.InitiativesStarted = initiatives;
        answer.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        answer.AnsweredAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
