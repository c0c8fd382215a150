using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Email;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>Who receives a matchmaking e-mail, with what the message needs to address them in both languages.</summary>
public sealed record MailRecipient(int RegistrationId, string Email, string RomanizedName, string? HangulName, string CountryCode, string? Culture)
{
    /// <summary>Korean first for Korean-speaking readers (their preference, or Korea without one); English otherwise.</summary>
    public bool ReadsKoreanFirst => Culture is "ko" || (Culture is null && CountryCode == "KR");

    public string NameIn(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ko" ? HangulName ?? RomanizedName : RomanizedName;
}

/// <summary>
/// Sends the matchmaking e-mails (requests, answers, scheduled meetings). Every message carries both languages,
/// the reader's first. Sent after the change is committed; a failed send is logged and never undoes the change.
/// </summary>
public sealed class MeetingMail(AppDbContext db, IEmailSender sender, IStringLocalizer<SharedResource> l, ILogger<MeetingMail> logger)
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en"), Korean = CultureInfo.GetCultureInfo("ko");

    public async Task<Dictionary<int, MailRecipient>> RecipientsAsync(IEnumerable<int> registrationIds, CancellationToken ct)
    {
        var ids = registrationIds.Distinct().ToList();
        return await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new MailRecipient(r.Id, r.Email, r.RomanizedName, r.HangulName, r.CountryCode, r.User == null ? null : r.User.PreferredCulture))
            .ToDictionaryAsync(r => r.RegistrationId, ct);
    }

    /// <param name="compose">The subject and text in one culture; resource lookups inside it use that culture.</param>
    public async Task SendAsync(MailRecipient to, Func<CultureInfo, (string Subject, string Text)> compose, CancellationToken ct)
    {
        var first = to.ReadsKoreanFirst ? Korean : English;
        var second = first == Korean ? English : Korean;
        var (subject1, text1) = In(first, () => Wrap(to, first, compose));
        var (subject2, text2) = In(second, () => Wrap(to, second, compose));
        var body = new StringBuilder(text1).Append("\n\n----------------------------------------\n\n").Append(text2).ToString();
        try
        {
            await sender.SendAsync(new OutgoingEmail(to.Email, $"{subject1} / {subject2}", body), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not send a matchmaking e-mail to registration {RegistrationId}", to.RegistrationId);
        }
    }

    private (string Subject, string Text) Wrap(MailRecipient to, CultureInfo culture, Func<CultureInfo, (string Subject, string Text)> compose)
    {
        var (subject, text) = compose(culture);
        var body = new StringBuilder()
            .AppendLine(l["Mail.Greeting", to.NameIn(culture)])
            .AppendLine()
            .AppendLine(text)
            .AppendLine()
            .Append(l["Meetings.Mail.Footer"]);
        return (subject, body.ToString());
    }

    /// <summary>Resource lookups follow the current UI culture, so switch it around the lookup.</summary>
    public static T In<T>(CultureInfo culture, Func<T> text)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try { return text(); }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    /// <summary>A time in the event's zone, e.g. "2023-11-08 14:00 (UTC+09:00)".</summary>
    public static string LocalTime(Event ev, DateTime utc)
    {
        var local = ev.ToLocal(utc);
        return $"{local:yyyy-MM-dd HH:mm} (UTC{local:zzz})";
    }
}
