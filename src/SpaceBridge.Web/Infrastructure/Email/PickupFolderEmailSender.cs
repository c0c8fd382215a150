using Microsoft.Extensions.Options;

namespace SpaceBridge.Web.Infrastructure.Email;

/// <summary>
/// Writes each e-mail as an .eml file into a folder instead of sending it (development and tests),
/// so a local user can open the confirmation link without a mail server.
/// </summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, PickupFolder folder, TimeProvider clock, ILogger<PickupFolderEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        var message = MimeMessages.Create(email, options.Value.From);
        message.Date = clock.GetUtcNow();
        Directory.CreateDirectory(folder.Path);
        // Sortable by time, unique across concurrent writers; a mail with an idempotency key always lands in the same
        // file, written whole and then moved into place, so sending it again replaces it rather than adding a second one.
        var name = email.IdempotencyKey is { } key
            ? $"{string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_'))}.eml"
            : $"{clock.GetUtcNow():yyyyMMddTHHmmssfffffff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(folder.Path, name);
        var temporary = Path.Combine(folder.Path, $".{Guid.NewGuid():N}.tmp");
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
        logger.LogInformation("Wrote e-mail {Subject} to {To} into {File}", email.Subject, email.To, path);
    }
}

/// <summary>Where <see cref="PickupFolderEmailSender"/> writes.</summary>
public sealed record PickupFolder(string Path);
