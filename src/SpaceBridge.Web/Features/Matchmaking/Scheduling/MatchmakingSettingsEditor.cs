using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Saves an event's matchmaking settings in one transaction: the settings row, the tables T1..Tn, a booth
/// per exhibiting organization, and the meeting slots when slot length or blocks changed. Slots and tables
/// are only cut anew while no schedule is published, since published meetings point at them.
/// </summary>
public sealed class MatchmakingSettingsEditor(AppDbContext db, AuditLog audit)
{
    public const int MaxTables = 500;

    public Task<MatchmakingSettings?> FindAsync(int eventId, CancellationToken ct) =>
        db.MatchmakingSettings.AsNoTracking().FirstOrDefaultAsync(s => s.EventId == eventId, ct);

    public async Task<MatchmakingSettingsSaved> SaveAsync(int eventId, MatchmakingSettingsInput input, ClaimsPrincipal actor, CancellationToken ct)
    {
        var ev = await db.Events.FirstAsync(e => e.Id == eventId, ct);
        var blocks = MeetingSlotPlanner.Normalize(ev, input.SlotMinutes, input.Blocks);
        Check(input, ev);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var settings = await db.MatchmakingSettings.FirstOrDefaultAsync(s => s.EventId == eventId, ct);
        if (settings is null)
        {
            settings = new MatchmakingSettings { EventId = eventId };
            db.MatchmakingSettings.Add(settings);
        }
        var slotsChanged = settings.SlotMinutes != input.SlotMinutes || !settings.Blocks.SequenceEqual(blocks)
            || !await db.MeetingSlots.AnyAsync(s => s.EventId == eventId, ct);
        var tables = await db.MeetingLocations.Where(l => l.EventId == eventId && l.Kind == MeetingLocationKind.Table).ToListAsync(ct);
        var tablesChanged = tables.Count != input.Tables;
        if ((slotsChanged || tablesChanged) && await db.ScheduledMeetings.AnyAsync(m => m.EventId == eventId && m.IsPublished, ct))
        {
            throw new DomainValidationException(slotsChanged ? "Blocks" : "Tables",
                "A schedule is published for this event: slots and tables cannot change any more. Move meetings from the review page instead.");
        }

        settings.SlotMinutes = input.SlotMinutes;
        settings.Blocks = blocks;
        settings.RequestsOpenUtc = ToUtc(ev, input.RequestsOpenLocal);
        settings.RequestsCloseUtc = ToUtc(ev, input.RequestsCloseLocal);
        settings.MaxRequestsPerParticipant = input.MaxRequestsPerParticipant;
        settings.RequestExpiryDays = input.RequestExpiryDays;

        var slotCount = await db.MeetingSlots.CountAsync(s => s.EventId == eventId, ct);
        if (slotsChanged)
        {
            await db.ScheduledMeetings.Where(m => m.EventId == eventId).ExecuteDeleteAsync(ct);
            await db.ParticipantUnavailabilities.Where(u => u.Slot.EventId == eventId).ExecuteDeleteAsync(ct);
            await db.MeetingSlots.Where(s => s.EventId == eventId).ExecuteDeleteAsync(ct);
            var slots = MeetingSlotPlanner.Plan(ev, input.SlotMinutes, blocks);
            db.MeetingSlots.AddRange(slots);
            slotCount = slots.Count;
        }
        if (tablesChanged)
        {
            SetTables(eventId, tables, input.Tables);
        }
        var booths = await AddBoothsAsync(ev, ct);
        audit.Record(actor, "matchmaking.settings", $"event {eventId}",
            $"slot {input.SlotMinutes} min, {blocks.Count} blocks, {slotCount} slots, {input.Tables} tables{(slotsChanged ? ", slots regenerated" : "")}",
            ev.ForumId, eventId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new MatchmakingSettingsSaved(slotsChanged, slotCount, input.Tables, booths);
    }

    private void SetTables(int eventId, List<MeetingLocation> tables, int wanted)
    {
        var byName = tables.ToDictionary(t => t.Name);
        for (var n = 1; n <= wanted; n++)
        {
            if (!byName.ContainsKey($"T{n}"))
            {
                db.MeetingLocations.Add(new MeetingLocation { EventId = eventId, Name = $"T{n}", Kind = MeetingLocationKind.Table });
            }
        }
        var keep = Enumerable.Range(1, wanted).Select(n => $"T{n}").ToHashSet();
        db.MeetingLocations.RemoveRange(tables.Where(t => !keep.Contains(t.Name)));
    }

    /// <summary>A booth for every organization an exhibitor of the forum acts for; returns how many booths the event has.</summary>
    private async Task<int> AddBoothsAsync(Event ev, CancellationToken ct)
    {
        var exhibitors = await db.ForumRoles
            .Where(r => r.ForumId == ev.ForumId && r.Role == ForumRole.Exhibitor && r.OrganizationId != null)
            .Select(r => r.OrganizationId!.Value).Distinct().ToListAsync(ct);
        var existing = await db.MeetingLocations
            .Where(l => l.EventId == ev.Id && l.Kind == MeetingLocationKind.Booth && l.OrganizationId != null)
            .Select(l => l.OrganizationId!.Value).ToListAsync(ct);
        var missing = exhibitors.Except(existing).ToList();
        var organizations = await db.Organizations.Where(o => missing.Contains(o.Id)).ToListAsync(ct);
        foreach (var organization in organizations)
        {
            var label = organization.Acronym ?? organization.Name.En ?? organization.Name.Ko ?? $"#{organization.Id}";
            var name = MeetingLocationLabel.BoothName(label);
            db.MeetingLocations.Add(new MeetingLocation
            {
                EventId = ev.Id,
                Name = name.Length > 90 ? $"{name[..80]} #{organization.Id}" : name,
                Kind = MeetingLocationKind.Booth,
                OrganizationId = organization.Id,
            });
        }
        return existing.Count + organizations.Count;
    }

    private static void Check(MatchmakingSettingsInput input, Event ev)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Tables is < 0 or > MaxTables)
        {
            errors["Tables"] = [$"Tables must be between 0 and {MaxTables}."];
        }
        if (input.MaxRequestsPerParticipant is < 1 or > 200)
        {
            errors["MaxRequestsPerParticipant"] = ["The request quota must be between 1 and 200."];
        }
        if (input.RequestExpiryDays is < 1 or > 90)
        {
            errors["RequestExpiryDays"] = ["Requests must expire after 1 to 90 days."];
        }
        if (input.RequestsOpenLocal is { } open && input.RequestsCloseLocal is { } close && close <= open)
        {
            errors["RequestsCloseLocal"] = ["The request window must close after it opens."];
        }
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    private static DateTime? ToUtc(Event ev, DateTime? local) =>
        local is { } value ? ev.ToUtc(value) : null;
}
