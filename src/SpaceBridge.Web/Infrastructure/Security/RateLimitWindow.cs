namespace SpaceBridge.Web.Infrastructure.Security;

/// <summary>
/// The count of one fixed window of one rate-limit partition (policy and client address), kept in the database so
/// that every node counts against the same number. Instants are Unix seconds so that one SQL statement serves both
/// providers.
/// </summary>
public class RateLimitWindow
{
    /// <summary>Policy and partition, e.g. <c>sign-in|203.0.113.7</c>.</summary>
    public required string Key { get; set; }
    public long WindowStart { get; set; }
    public long ExpiresAt { get; set; }
    public int Count { get; set; }
}
