using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Quartz;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Email;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>
/// People registered by someone else (a head of delegation, an organizer's import) are invited to claim their place:
/// signing in, or signing up and confirming, with the address they were registered under makes the registration theirs
/// (<see cref="RegistrationOwnership"/>). Links are built on the configured public address, never the request's Host.
/// Bilingual, the person's likely language first; a failed send is logged and changes nothing.
/// Each invitation is sent once however often the job runs (a retry after a crash, two nodes): as in
/// EmailBatchSender, a run claims the registration (one conditional update), sends, then marks it sent (another).
/// A run that dies between the two leaves a claim that another run takes over after <see cref="ClaimTimeout"/>; it
/// sends the same mail under the same idempotency key, which replaces rather than repeats it.
/// </summary>
public sealed class RegistrationInvitations(AppDbContext db, IEmailSender sender, PublicOrigins origins, IStringLocalizer<SharedResource> l,
    ISchedulerFactory schedulers, TimeProvider clock, ILogger<RegistrationInvitations> logger)
{
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(5);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en"), Korean = CultureInfo.GetCultureInfo("ko");

    /// <summary>
    /// Queues the invitations as one <see cref="InvitationJob"/> to run now. Call it once the registrations are committed:
    /// the request answers without waiting for a mail server, and a thousand-row import does not hold its connection.
    /// </summary>
    public async Task QueueAsync(IReadOnlyCollection<int> registrationIds, CancellationToken ct = default)
    {
        if (registrationIds.Count == 0)
        {
            return;
        }
        var scheduler = await schedulers.GetScheduler(ct);
        var key = new JobKey($"invitations-{Guid.NewGuid():N}", InvitationJob.Group);
        var job = JobBuilder.Create<InvitationJob>().WithIdentity(key)
            .UsingJobData(InvitationJob.RegistrationIds, string.Join(',', registrationIds)).RequestRecovery().Build();
        var trigger = TriggerBuilder.Create().ForJob(key).WithIdentity(key.Name, key.Group).StartNow().Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), ct);
    }

    public async Task SendAsync(IReadOnlyCollection<int> registrationIds, CancellationToken ct = default)
    {
        if (registrationIds.Count == 0)
        {
            return;
        }
        var invited = await db.Registrations.AsNoTracking()
            .Where(r => registrationIds.Contains(r.Id) && r.UserId == null && r.InvitationSentAtUtc == null).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Email, r.RomanizedName, r.HangulName, r.CountryCode, EventName = r.Event.Name }).ToListAsync(ct);
        var run = Guid.NewGuid().ToString("N");
        var signUp = origins.Link("/account/sign-up");
        var signIn = origins.Link("/account/sign-in?ReturnUrl=%2Fme%2Fregistrations");
        foreach (var r in invited)
        {
            var first = r.CountryCode == "KR" ? Korean : English;
            var second = first == Korean ? English : Korean;
            string Part(CultureInfo c) => In(c, () => new StringBuilder()
                .AppendLine(l["Mail.Greeting", c == Korean ? r.HangulName ?? r.RomanizedName : r.RomanizedName])
                .AppendLine()
                .AppendLine(l["Invitation.Text", r.EventName.In(c), r.Email])
                .AppendLine()
                .AppendLine(l["Invitation.SignIn", signIn])
                .AppendLine(l["Invitation.SignUp", signUp])
                .AppendLine()
                .Append(l["Mail.Footer"]).ToString());
            var subject = $"{In(first, () => l["Invitation.Subject", r.EventName.In(first)])} / {In(second, () => l["Invitation.Subject", r.EventName.In(second)])}";
            var body = Part(first) + "\n\n----------------------------------------\n\n" + Part(second);
            if (!await ClaimAsync(r.Id, run, ct))
            {
                // Sent already, or another run is sending it.
                continue;
            }
            try
            {
                await sender.SendAsync(new OutgoingEmail(r.Email, subject, body, IdempotencyKey: $"invitation-registration-{r.Id}"), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Released, so that the next run tries again.
                await db.Registrations.Where(x => x.Id == r.Id && x.InvitationClaimedBy == run)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.InvitationClaimedBy, (string?)null).SetProperty(x => x.InvitationClaimedAtUtc, (DateTime?)null),
                        CancellationToken.None);
                logger.LogError(ex, "Could not send the invitation for registration {RegistrationId}", r.Id);
                continue;
            }
            var sentAt = clock.GetUtcNow().UtcDateTime;
            await db.Registrations.Where(x => x.Id == r.Id && x.InvitationClaimedBy == run)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.InvitationSentAtUtc, sentAt), CancellationToken.None);
        }
    }

    /// <summary>Takes the invitation for this run unless it was sent or another run holds a claim younger than the timeout.</summary>
    private async Task<bool> ClaimAsync(int registrationId, string run, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - ClaimTimeout;
        return await db.Registrations
            .Where(x => x.Id == registrationId && x.UserId == null && x.InvitationSentAtUtc == null
                && (x.InvitationClaimedAtUtc == null || x.InvitationClaimedAtUtc < expired))
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.InvitationClaimedBy, run).SetProperty(x => x.InvitationClaimedAtUtc, now), ct) == 1;
    }

    private static string In(CultureInfo culture, Func<string> text)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try { return text(); }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}
