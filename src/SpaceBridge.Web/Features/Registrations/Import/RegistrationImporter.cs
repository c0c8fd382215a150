using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Registrations.Import;

/// <summary>The result of an import: the checked plan and how many registrations were written (0 unless the plan was valid).</summary>
public sealed record ImportOutcome(ImportPlan Plan, int Imported);

/// <summary>
/// Imports registrations for an event from a CSV file. A dry run only reads and checks; an import
/// checks again inside one transaction and writes every row or none. Imported people start as
/// submitted (waitlisted if the event is already full) and are reviewed like everyone else; they have
/// no account, and their directory consent is the file's consent_to_directory column.
/// </summary>
public sealed class RegistrationImporter(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l,
    RegistrationInvitations invitations)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public async Task<ImportPlan> DryRunAsync(int eventId, byte[] content, CancellationToken ct = default) =>
        await CheckAsync(eventId, content, ct);

    public async Task<ImportOutcome> ImportAsync(int eventId, byte[] content, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var added = new List<Registration>();
        var outcome = await SerializableTransaction.RunAsync(db, async token =>
        {
            added.Clear();
            var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, token)
                ?? throw new DomainValidationException("EventId", l["Registration.Error.NoEvent"]);
            var plan = await CheckAsync(eventId, content, token);
            if (!plan.IsValid)
            {
                return new ImportOutcome(plan, 0);
            }
            var full = ev.Capacity is { } capacity && await SeatAllocation.ApprovedCountAsync(db, eventId, token) >= capacity;
            var now = clock.GetUtcNow().UtcDateTime;
            var submitter = ForumAccess.UserId(actor);
            var status = full ? RegistrationStatus.Waitlisted : RegistrationStatus.Submitted;
            added.AddRange(plan.Rows.Select(row =>
                Registrar.NewRegistration(eventId, new Registrant(row.Email, null, submitter), row.Email, row.Details, now, status)));
            db.Registrations.AddRange(added);
            audit.Record(actor, "registrations.imported", $"event:{eventId}", $"{plan.Rows.Count} rows imported as {status}", ev.ForumId, eventId);
            return new ImportOutcome(plan, plan.Rows.Count);
        }, ct);
        // The people imported are invited to claim their places once the import is committed.
        await invitations.QueueAsync(added.Select(r => r.Id).ToList(), ct);
        return outcome;
    }

    private async Task<ImportPlan> CheckAsync(int eventId, byte[] content, CancellationToken ct)
    {
        var countries = (await db.Countries.AsNoTracking().Select(c => c.Code).ToListAsync(ct)).ToHashSet();
        var registered = (await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId).Select(r => r.Email).ToListAsync(ct))
            .Select(RegistrationRules.NormalizeEmail).ToHashSet();
        return RegistrationCsvReader.Read(content, countries, registered, l);
    }
}
