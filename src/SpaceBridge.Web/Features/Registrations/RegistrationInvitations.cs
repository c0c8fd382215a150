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
/// </summary>
public sealed class RegistrationInvitations(AppDbContext db, IEmailSender sender, PublicOrigins origins, IStringLocalizer<SharedResource> l,
    ISchedulerFactory schedulers, ILogger<RegistrationInvitations> logger)
{
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
        var invited = await db.Registrations.AsNoTracking().Where(r => registrationIds.Contains(r.Id) && r.UserId == null)
            .Select(r => new { r.Id, r.Email, r.RomanizedName, r.HangulName, r.CountryCode, EventName = r.Event.Name }).ToListAsync(ct);
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
            try
            {
                await sender.SendAsync(new OutgoingEmail(r.Email, subject, body), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not send the invitation for registration {RegistrationId}", r.Id);
            }
        }
    }

    private static string In(CultureInfo culture, Func<string> text)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try { return text(); }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}
