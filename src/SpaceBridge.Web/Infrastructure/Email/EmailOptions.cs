namespace SpaceBridge.Web.Infrastructure.Email;

/// <summary>
/// Section "Email". Without <c>Email:Smtp:Host</c> mail is written as .eml files to
/// <c>&lt;DataDir&gt;/mail-pickup</c> so the sign-up flow can be completed locally.
/// </summary>
public sealed class EmailOptions
{
    /// <summary>Sender address, e.g. "SpaceBridge &lt;no-reply@example.org&gt;".</summary>
    public string From { get; set; } = "SpaceBridge <no-reply@spacebridge.invalid>";
    public SmtpSettings Smtp { get; set; } = new();
    /// <summary>Folder for .eml files when no SMTP host is set; default &lt;DataDir&gt;/mail-pickup.</summary>
    public string? PickupDirectory { get; set; }
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>Auto (STARTTLS when offered, TLS on 465), StartTls, SslOnConnect or None.</summary>
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.Auto;
}
