namespace SpaceBridge.Web.Infrastructure.Email;

/// <summary>An e-mail to send: plain text always, HTML optionally.</summary>
public sealed record OutgoingEmail(string To, string Subject, string TextBody, string? HtmlBody = null);

/// <summary>Sends e-mail. Over SMTP in production; into a pickup folder in development and tests.</summary>
public interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default);
}
