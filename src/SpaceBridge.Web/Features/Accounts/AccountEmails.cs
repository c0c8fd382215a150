using System.Globalization;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Email;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>The account e-mails, written in the user's preferred language.</summary>
public sealed class AccountEmails(IEmailSender sender, IStringLocalizer<SharedResource> localizer)
{
    public Task SendConfirmationAsync(AppUser user, string link, CancellationToken cancellationToken = default) =>
        SendAsync(user, "Email.Confirm.Subject", "Email.Confirm.Body", link, cancellationToken);

    public Task SendPasswordResetAsync(AppUser user, string link, CancellationToken cancellationToken = default) =>
        SendAsync(user, "Email.Reset.Subject", "Email.Reset.Body", link, cancellationToken);

    /// <summary>Sent instead of a second account when someone signs up with an address that already has one.</summary>
    public Task SendAlreadyRegisteredAsync(AppUser user, string signInLink, CancellationToken cancellationToken = default) =>
        SendAsync(user, "Email.Exists.Subject", "Email.Exists.Body", signInLink, cancellationToken);

    private Task SendAsync(AppUser user, string subjectKey, string bodyKey, string link, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.GetCultureInfo(user.PreferredCulture is "ko" ? "ko" : "en");
        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email! : user.DisplayName;
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            var subject = localizer[subjectKey].Value;
            var body = localizer[bodyKey, name, link].Value;
            return sender.SendAsync(new OutgoingEmail(user.Email!, subject, body), cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
