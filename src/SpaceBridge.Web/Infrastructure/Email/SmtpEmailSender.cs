using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace SpaceBridge.Web.Infrastructure.Email;

/// <summary>Sends e-mail over SMTP with MailKit. Credentials come only from configuration.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        var message = MimeMessages.Create(email, settings.From);

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Sent e-mail {Subject} to {To} through {Host}", email.Subject, email.To, smtp.Host);
    }
}
