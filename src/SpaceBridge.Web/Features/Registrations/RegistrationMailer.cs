using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Email;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>
/// E-mails a person whenever their registration's status changes. Every message is bilingual: the
/// person's language first (their account's preference; Korean for people from Korea without an
/// account; otherwise English), then the other one. Sent after the change is committed; a failed
/// send is logged and never undoes the change.
/// </summary>
public sealed class RegistrationMailer(AppDbContext db, IEmailSender sender, IStringLocalizer<SharedResource> l, ILogger<RegistrationMailer> logger)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en"), Korean = CultureInfo.GetCultureInfo("ko");

    public async Task SendAsync(IReadOnlyCollection<StatusChange> changes, CancellationToken ct = default)
    {
        if (changes.Count == 0)
        {
            return;
        }
        var ids = changes.Select(c => c.RegistrationId).ToList();
        var registrations = await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                r.Id, r.Email, r.RomanizedName, r.HangulName, r.CountryCode, r.StatusReason, EventName = r.Event.Name,
                Culture = r.User == null ? null : r.User.PreferredCulture,
            })
            .ToDictionaryAsync(r => r.Id, ct);
        foreach (var change in changes)
        {
            if (!registrations.TryGetValue(change.RegistrationId, out var r))
            {
                continue;
            }
            var first = r.Culture is "ko" || (r.Culture is null && r.CountryCode == "KR") ? Korean : English;
            var second = first == Korean ? English : Korean;
            string Part(CultureInfo c) => Compose(c, change, c == Korean ? r.HangulName ?? r.RomanizedName : r.RomanizedName, r.EventName.In(c), r.StatusReason);
            var subject = $"{In(first, () => l[StatusKey(change)] + " – " + r.EventName.In(first))} / {In(second, () => l[StatusKey(change)].Value)}";
            var body = new StringBuilder().Append(Part(first)).Append("\n\n----------------------------------------\n\n").Append(Part(second)).ToString();
            try
            {
                await sender.SendAsync(new OutgoingEmail(r.Email, subject, body), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not e-mail registration {RegistrationId} about its status {Status}", r.Id, change.To);
            }
        }
    }

    private string Compose(CultureInfo culture, StatusChange change, string name, string eventName, string? reason) => In(culture, () =>
    {
        var text = new StringBuilder()
            .AppendLine(l["Mail.Greeting", name])
            .AppendLine()
            .AppendLine(l[StatusKey(change) + ".Text", eventName]);
        if (reason is not null && change.To is RegistrationStatus.Rejected or RegistrationStatus.Waitlisted)
        {
            text.AppendLine(l["Mail.Reason", reason]);
        }
        return text.AppendLine().AppendLine(l["Mail.Manage"]).Append(l["Mail.Footer"]).ToString();
    });

    private static string StatusKey(StatusChange change) => change.Promoted ? "Mail.Promoted" : $"Mail.{change.To}";

    /// <summary>Resource lookups follow the current UI culture, so switch it around the lookup.</summary>
    private static string In(CultureInfo culture, Func<string> text)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try { return text(); }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}
