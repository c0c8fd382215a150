using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Exhibition;

public sealed record BoothDto(string Code, int X, int Y, int Width, int Height);

public sealed record ExhibitorOrganizationDto(int Id, LocalizedText Name, string? Acronym, string CountryCode, string? Website);

/// <summary>An exhibitor as the public sees it: its organization, description and booths.</summary>
public sealed record ExhibitorDto(int Id, ExhibitorOrganizationDto Organization, LocalizedText Description, IReadOnlyList<BoothDto> Booths)
{
    public static ExhibitorDto From(Exhibitor e) => new(
        e.Id,
        new ExhibitorOrganizationDto(e.Organization.Id, e.Organization.Name.ToDto(), e.Organization.Acronym, e.Organization.CountryCode, e.Organization.Website),
        e.Description.ToDto(),
        [.. e.Booths.OrderBy(b => b.Code, StringComparer.Ordinal).Select(b => new BoothDto(b.Code, b.X, b.Y, b.Width, b.Height))]);
}

/// <summary>A badge scan sent by a scanning device. <c>clientScanId</c> is the device's own id for the scan: sending it again stores nothing new.</summary>
public sealed record LeadScanRequest(
    [property: JsonRequired, StringLength(Lead.ClientScanIdMaxLength, MinimumLength = 1), RegularExpression("^[A-Za-z0-9_-]+$")] string ClientScanId,
    [property: JsonRequired, StringLength(Badges.BadgeSigner.MaxScannedLength)] string Token,
    DateTime? ScannedAtUtc,
    [property: Range(1, 5)] int? Rating,
    [property: StringLength(Lead.NotesMaxLength)] string? Notes)
{
    public LeadScan ToScan() => new(ClientScanId, Token, ScannedAtUtc, Rating, Notes);
}

public sealed record LeadBatchRequest([property: JsonRequired, MaxLength(LeadScanner.MaxBatch)] IReadOnlyList<LeadScanRequest> Scans);

/// <summary>
/// A lead. <c>visitor</c> is given only when the visitor consented to share contact details with exhibitors;
/// otherwise the lead is an anonymous visit that counts.
/// </summary>
public sealed record LeadDto(int Id, string ClientScanId, DateTime ScannedAtUtc, int? Rating, string? Notes, bool Anonymous, LeadVisitorDto? Visitor, int Version);

public sealed record LeadVisitorDto(string RomanizedName, string? HangulName, string OrganizationName, string CountryCode, string? Position, string Email);

/// <summary>What one scan of a batch did: <c>recorded</c> (a new lead), <c>existing</c> (stored before), or why nothing was stored.</summary>
public sealed record LeadScanResultDto(string ClientScanId, string Outcome, LeadDto? Lead);
