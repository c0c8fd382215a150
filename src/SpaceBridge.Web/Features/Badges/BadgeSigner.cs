using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SpaceBridge.Web.Features.Badges;

/// <summary>
/// Signs (and encrypts) a registration's random badge token for the QR code with ASP.NET Data Protection,
/// whose keys live in the database, so every node reads every other node's badges. A scanned value that was
/// not produced here, or was altered, does not verify.
/// </summary>
public sealed class BadgeSigner(IDataProtectionProvider provider)
{
    public const string Purpose = "SpaceBridge.Badge.v1";

    /// <summary>Longest scanned text worth trying to verify; signed tokens are under 200 characters.</summary>
    public const int MaxScannedLength = 1000;

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Sign(string badgeToken) => _protector.Protect(badgeToken);

    /// <summary>The badge token inside a scanned value, or null if it is not a genuine signed badge.</summary>
    public string? Verify(string? scanned)
    {
        var text = scanned?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxScannedLength)
        {
            return null;
        }
        try
        {
            return _protector.Unprotect(text);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
