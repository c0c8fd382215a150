using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

/// <summary>
/// The secret address of each participant's .ics feed: 32 random bytes, base64url. Whoever holds the link reads the
/// agenda without signing in (calendar apps cannot), so the participant can replace it with a new one at any time.
/// </summary>
public sealed class AgendaFeeds(AppDbContext db)
{
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public async Task<string> TokenForAsync(int registrationId, CancellationToken ct)
    {
        var existing = await db.AgendaFeeds.AsNoTracking().Where(f => f.RegistrationId == registrationId).Select(f => f.Token).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return existing;
        }
        db.AgendaFeeds.Add(new AgendaFeed { RegistrationId = registrationId, Token = NewToken() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (SerializableTransaction.IsUniqueViolation(ex))
        {
            // Two first visits at once: the other one created it.
            db.ChangeTracker.Clear();
        }
        return await db.AgendaFeeds.AsNoTracking().Where(f => f.RegistrationId == registrationId).Select(f => f.Token).FirstAsync(ct);
    }

    /// <summary>Replaces the token: the old link stops working at once.</summary>
    public async Task<string> ResetAsync(int registrationId, CancellationToken ct)
    {
        var token = NewToken();
        var changed = await db.AgendaFeeds.Where(f => f.RegistrationId == registrationId)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.Token, token), ct);
        if (changed == 0)
        {
            db.AgendaFeeds.Add(new AgendaFeed { RegistrationId = registrationId, Token = token });
            await db.SaveChangesAsync(ct);
        }
        return token;
    }
}
