using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Infrastructure.Email;

public static class EmailSetup
{
    /// <summary>SMTP when Email:Smtp:Host is set, otherwise the pickup folder.</summary>
    public static void AddSpaceBridgeEmail(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Email");
        builder.Services.Configure<EmailOptions>(section);
        var options = section.Get<EmailOptions>() ?? new EmailOptions();
        if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
            return;
        }
        var pickup = options.PickupDirectory is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.Combine(DatabaseSetup.DataDirectory(builder.Configuration), "mail-pickup");
        builder.Services.AddSingleton(new PickupFolder(pickup));
        builder.Services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
    }
}
