namespace SpaceBridge.Web.Infrastructure.Email;

/// <summary>
/// An e-mail to send: plain text always, HTML optionally. <paramref name="IdempotencyKey"/> names this one mail for good
/// (its Message-Id; the pickup folder's file name), so sending it again after a crash is recognisably the same mail.
/// </summary>
public sealed record OutgoingEmail(string To, string Subject, string TextBody, string? HtmlBody = null, string? IdempotencyKey = null);

/// <summary>Sends e-mail. Over SMTP in production; into a pickup folder in development and tests.</summary>
public interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default);
}
