using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

/// <summary>A participant of an event: an approved registration, with the organization it is with (if known).</summary>
public sealed record Participant(int RegistrationId, int EventId, int ForumId, int? OrganizationId, string CountryCode);

/// <summary>
/// Loads one event's matchmaking snapshot (the profiles and open opportunities of the organizations with approved
/// participants) and asks the engine for one participant's recommendations, as display-ready DTOs.
/// </summary>
public sealed class RecommendationService(AppDbContext db, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>The caller's approved registration for the event, or null when they are not a participant.</summary>
    public Task<Participant?> ParticipantAsync(string? userId, int eventId, CancellationToken ct) =>
        db.Registrations.AsNoTracking()
            .Where(r => userId != null && r.UserId == userId && r.EventId == eventId && r.Status == RegistrationStatus.Approved)
            .OrderBy(r => r.Id)
            .Select(r => new Participant(r.Id, r.EventId, r.Event.ForumId, r.OrganizationId, r.CountryCode))
            .FirstOrDefaultAsync(ct);

    public async Task<RecommendationsDto> ForAsync(Participant me, CultureInfo culture, int take, CancellationToken ct)
    {
        var contacts = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == me.EventId && r.Status == RegistrationStatus.Approved && r.OrganizationId != null && r.Id != me.RegistrationId)
            .Select(r => new { r.Id, OrganizationId = r.OrganizationId!.Value, r.RomanizedName, r.HangulName, r.Position })
            .ToListAsync(ct);
        var orgIds = contacts.Select(c => c.OrganizationId).Append(me.OrganizationId ?? 0).Distinct().ToList();
        var profiles = await db.OrganizationProfiles.AsNoTracking()
            .Where(p => p.ForumId == me.ForumId && orgIds.Contains(p.OrganizationId)).ToListAsync(ct);
        var opportunities = await db.Opportunities.AsNoTracking()
            .Where(o => o.ForumId == me.ForumId && o.IsOpen && orgIds.Contains(o.OrganizationId)).ToListAsync(ct);
        var organizations = await db.Organizations.AsNoTracking().Where(o => orgIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, ct);
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name.In(culture), ct);
        var topics = await db.Topics.AsNoTracking().Where(t => t.Event.ForumId == me.ForumId)
            .Select(t => new { t.Slug, t.Name }).ToListAsync(ct);
        var reasons = new ReasonText(localizer, topics.GroupBy(t => t.Slug).ToDictionary(g => g.Key, g => g.First().Name.In(culture)));

        var snapshot = new MatchmakingSnapshot(
            SnapshotInputs.Organizations(profiles, opportunities, organizations),
            opportunities.Select(SnapshotInputs.Opportunity));
        var engine = new RecommendationEngine(snapshot);
        if (me.OrganizationId is not { } myOrg || !profiles.Any(p => p.OrganizationId == myOrg) && !opportunities.Any(o => o.OrganizationId == myOrg))
        {
            return new RecommendationsDto(me.RegistrationId, me.OrganizationId, HasProfile: false, [], []);
        }

        var profileByOrg = profiles.ToDictionary(p => p.OrganizationId);
        var contactsByOrg = contacts.ToLookup(c => c.OrganizationId);
        var partners = engine.PartnersFor(myOrg, take).Select(p =>
        {
            var org = organizations[p.OrganizationId];
            profileByOrg.TryGetValue(p.OrganizationId, out var profile);
            return new PartnerDto(p.OrganizationId, org.Name.In(culture), p.CountryCode, countries.GetValueOrDefault(p.CountryCode, p.CountryCode),
                Math.Round(p.Score, 3), p.Reasons.Select(reasons.Describe).ToList(),
                profile?.InvolvesUsExportControlledItems ?? false, profile?.InvolvesKoreanStrategicItems ?? false,
                contactsByOrg[p.OrganizationId].Select(c => new ContactDto(c.Id,
                    culture.TwoLetterISOLanguageName == "ko" && c.HangulName != null ? c.HangulName : c.RomanizedName, c.Position)).ToList());
        }).ToList();
        var oppById = opportunities.ToDictionary(o => o.Id);
        var opps = engine.OpportunitiesFor(myOrg, take).Select(o =>
        {
            var opp = oppById[o.OpportunityId];
            return new OpportunityRecommendationDto(o.OpportunityId, opp.Title.In(culture), opp.Direction, opp.Kind, o.OrganizationId,
                organizations[o.OrganizationId].Name.In(culture), Math.Round(o.Score, 3), o.Reasons.Select(reasons.Describe).ToList());
        }).ToList();
        return new RecommendationsDto(me.RegistrationId, myOrg, HasProfile: true, partners, opps);
    }
}
