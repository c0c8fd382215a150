using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Badges;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>
/// Turns badge scans at a booth into leads, exactly once. A scan names itself with a client-generated id; a scan
/// whose id the exhibitor already has (a retry after a lost answer, an offline queue sent again) answers with the
/// stored lead, and so does a second scan of a visitor who is already a lead. Unique indexes on (exhibitor, client
/// scan id) and (exhibitor, registration) settle races between retries and between staff phones.
/// </summary>
public sealed partial class LeadScanner(AppDbContext db, BadgeSigner signer, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int MaxBatch = 200;
    /// <summary>How far ahead of the server's clock a device's scan time may be before it is taken as wrong.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(10);

    public async Task<LeadScanOutcome> ScanAsync(Exhibitor exhibitor, LeadScan scan, ClaimsPrincipal staff, CancellationToken ct = default)
    {
        Validate(scan);
        if (await FindAsync(exhibitor.Id, l => l.ClientScanId == scan.ClientScanId, ct) is { } replay)
        {
            return new LeadScanOutcome(LeadScanResult.Existing, scan.ClientScanId, replay);
        }
        if (signer.Verify(scan.Token) is not { } token)
        {
            return new LeadScanOutcome(LeadScanResult.InvalidToken, scan.ClientScanId);
        }
        var visitor = await db.Registrations.AsNoTracking().Where(r => r.BadgeToken == token)
            .Select(r => new { r.Id, r.EventId, r.Status, r.ConsentToExhibitors }).FirstOrDefaultAsync(ct);
        if (visitor is null)
        {
            return new LeadScanOutcome(LeadScanResult.UnknownBadge, scan.ClientScanId);
        }
        if (visitor.EventId != exhibitor.EventId)
        {
            return new LeadScanOutcome(LeadScanResult.OtherEvent, scan.ClientScanId);
        }
        if (visitor.Status != RegistrationStatus.Approved)
        {
            return new LeadScanOutcome(LeadScanResult.NotApproved, scan.ClientScanId);
        }
        if (await FindAsync(exhibitor.Id, l => l.RegistrationId == visitor.Id, ct) is { } earlier)
        {
            return new LeadScanOutcome(LeadScanResult.Existing, scan.ClientScanId, earlier);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var lead = new Lead
        {
            ExhibitorId = exhibitor.Id,
            RegistrationId = visitor.Id,
            ScannedAtUtc = scan.ScannedAtUtc is { } at && at.ToUniversalTime() <= now + ClockSkew ? at.ToUniversalTime() : now,
            RecordedAtUtc = now,
            ScannedByUserId = ForumAccess.UserId(staff) ?? throw new InvalidOperationException("Scanning needs a signed-in user."),
            Rating = scan.Rating,
            Notes = Clean(scan.Notes),
            ClientScanId = scan.ClientScanId,
            ConsentToShare = visitor.ConsentToExhibitors,
        };
        db.Leads.Add(lead);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (SerializableTransaction.IsUniqueViolation(ex))
        {
            // A retry of this scan, or another phone scanning the same visitor, got there first.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(exhibitor.Id, l => l.ClientScanId == scan.ClientScanId || l.RegistrationId == visitor.Id, ct)
                ?? throw new InvalidOperationException("The lead indexes refused a row that is not there.", ex);
            return new LeadScanOutcome(LeadScanResult.Existing, scan.ClientScanId, winner);
        }
        return new LeadScanOutcome(LeadScanResult.Recorded, scan.ClientScanId, lead);
    }

    /// <summary>Scans a batch in order (an offline queue); each scan is settled on its own, so one bad badge does not hold back the rest.</summary>
    public async Task<List<LeadScanOutcome>> ScanBatchAsync(Exhibitor exhibitor, IReadOnlyList<LeadScan> scans, ClaimsPrincipal staff, CancellationToken ct = default)
    {
        if (scans.Count > MaxBatch)
        {
            throw new DomainValidationException("Scans", l["Exhibition.Error.BatchTooLarge", MaxBatch]);
        }
        foreach (var scan in scans)
        {
            Validate(scan);
        }
        var outcomes = new List<LeadScanOutcome>(scans.Count);
        foreach (var scan in scans)
        {
            outcomes.Add(await ScanAsync(exhibitor, scan, staff, ct));
        }
        return outcomes;
    }

    /// <summary>Rates and annotates a lead; throws <see cref="DbUpdateConcurrencyException"/> when the version is stale.</summary>
    public async Task<Lead> UpdateAsync(int exhibitorId, int leadId, int version, int? rating, string? notes, CancellationToken ct = default)
    {
        ValidateRatingAndNotes(rating, notes);
        var lead = await db.Leads.FirstOrDefaultAsync(x => x.Id == leadId && x.ExhibitorId == exhibitorId, ct) ?? throw ExhibitorRefused.NoSuchLead();
        db.Entry(lead).Property(x => x.Version).OriginalValue = version;
        lead.Rating = rating;
        lead.Notes = Clean(notes);
        lead.Version++;
        await db.SaveChangesAsync(ct);
        return lead;
    }

    private Task<Lead?> FindAsync(int exhibitorId, System.Linq.Expressions.Expression<Func<Lead, bool>> match, CancellationToken ct) =>
        db.Leads.AsNoTracking().Where(x => x.ExhibitorId == exhibitorId).Where(match).FirstOrDefaultAsync(ct);

    private void Validate(LeadScan scan)
    {
        if (string.IsNullOrEmpty(scan.ClientScanId) || scan.ClientScanId.Length > Lead.ClientScanIdMaxLength || !ScanId().IsMatch(scan.ClientScanId))
        {
            throw new DomainValidationException("ClientScanId", l["Exhibition.Error.ClientScanId", Lead.ClientScanIdMaxLength]);
        }
        ValidateRatingAndNotes(scan.Rating, scan.Notes);
    }

    private void ValidateRatingAndNotes(int? rating, string? notes)
    {
        if (rating is < 1 or > 5)
        {
            throw new DomainValidationException("Rating", l["Exhibition.Error.Rating"]);
        }
        if (notes?.Length > Lead.NotesMaxLength)
        {
            throw new DomainValidationException("Notes", l["Exhibition.Error.NotesTooLong", Lead.NotesMaxLength]);
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex ScanId();
}
