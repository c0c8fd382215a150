using MimeKit;

namespace SpaceBridge.Web.Infrastructure.Email;

internal static class MimeMessages
{
    public static MimeMessage Create(OutgoingEmail email, string from)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        if (email.IdempotencyKey is { } key)
        {
            message.MessageId = $"{key}@spacebridge";
        }
        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }
}
