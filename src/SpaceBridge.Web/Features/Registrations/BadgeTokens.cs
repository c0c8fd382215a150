using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>Badge tokens: 32 bytes from the system's cryptographic generator, base64url (43 characters).</summary>
public static class BadgeTokens
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}
