using System.Text.RegularExpressions;
using MimeKit;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// Reads the .eml files the app writes into &lt;DataDir&gt;/mail-pickup when no SMTP server is configured.
/// </summary>
public static partial class MailPickup
{
    public static string Folder(SpaceBridgeFactory factory) => Path.Combine(factory.DataDir, "mail-pickup");

    /// <summary>Every message sent to the address, oldest first.</summary>
    public static List<MimeMessage> AllFor(SpaceBridgeFactory factory, string email)
    {
        var folder = Folder(factory);
        if (!Directory.Exists(folder))
        {
            return [];
        }
        // Oldest first by when each file was written: a mail with an idempotency key is named by its key, not its time.
        return Directory.GetFiles(folder, "*.eml")
            .OrderBy(File.GetLastWriteTimeUtc).ThenBy(path => path, StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The latest message to the address, or null.</summary>
    public static MimeMessage? LatestFor(SpaceBridgeFactory factory, string email) => AllFor(factory, email).LastOrDefault();

    /// <summary>The latest message to the address; fails the test when there is none.</summary>
    public static MimeMessage RequireLatestFor(SpaceBridgeFactory factory, string email) =>
        LatestFor(factory, email) ?? throw new Xunit.Sdk.XunitException($"No e-mail to {email} in {Folder(factory)}");

    /// <summary>The latest message to the address once one has arrived (mail sent by background jobs); fails the test after <paramref name="seconds"/>.</summary>
    public static async Task<MimeMessage> WaitForLatestAsync(SpaceBridgeFactory factory, string email, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (LatestFor(factory, email) is { } message)
            {
                return message;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"No e-mail to {email} in {Folder(factory)} after {seconds} s");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The first http(s) link in the message's text whose path starts with <paramref name="pathPrefix"/>, as a relative URL.</summary>
    public static string LinkIn(MimeMessage message, string pathPrefix)
    {
        var text = message.TextBody ?? message.HtmlBody ?? "";
        foreach (Match match in LinkPattern().Matches(text))
        {
            var uri = new Uri(match.Value);
            if (uri.AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal))
            {
                return uri.PathAndQuery;
            }
        }
        throw new Xunit.Sdk.XunitException($"No link to {pathPrefix} in the e-mail \"{message.Subject}\":\n{text}");
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
