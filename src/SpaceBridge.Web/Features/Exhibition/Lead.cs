using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>
/// A visitor whose badge an exhibitor's staff scanned. The scanning device names each scan with its own id
/// (<see cref="ClientScanId"/>), so a scan sent twice (a retry after a lost answer, an offline queue replayed)
/// is stored once: a unique index on (exhibitor, client scan id) holds even when two retries race.
/// </summary>
public class Lead
{
    public const int NotesMaxLength = 2000;
    public const int ClientScanIdMaxLength = 64;

    public int Id { get; set; }
    public int ExhibitorId { get; set; }
    public Exhibitor Exhibitor { get; set; } = null!;
    public int RegistrationId { get; set; }
    public Registration Registration { get; set; } = null!;
    /// <summary>When the badge was scanned (as the device says, for scans queued offline), in UTC.</summary>
    public DateTime ScannedAtUtc { get; set; }
    /// <summary>When the server stored it.</summary>
    public DateTime RecordedAtUtc { get; set; }
    public required string ScannedByUserId { get; set; }
    /// <summary>1 (cold) to 5 (hot); null until rated.</summary>
    public int? Rating { get; set; }
    public string? Notes { get; set; }
    public required string ClientScanId { get; set; }
    /// <summary>The visitor's consent to share contact details with exhibitors, as it was at the scan.</summary>
    public bool ConsentToShare { get; set; }
    public int Version { get; set; }
}
