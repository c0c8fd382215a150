using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.DemoData;

/// <summary>A few fictional initiatives of the demo forum at different stages, one of each visibility.</summary>
public static class PipelineDemoSeeder
{
    public static async Task<bool> SeedAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var forum = await db.Forums.OrderBy(f => f.Id).FirstOrDefaultAsync(ct);
        if (forum is null || await db.Initiatives.AnyAsync(i => i.ForumId == forum.Id, ct))
        {
            return false;
        }
        var orgs = await db.Organizations.AsNoTracking().ToListAsync(ct);
        int Org(string en) => orgs.First(o => o.Name.En == en).Id;
        Initiative Make(string en, string ko, InitiativeKind kind, InitiativeStage stage, InitiativeVisibility visibility, CapabilityArea topic,
            decimal? value, string? currency, string nextStep, int daysAgo, params string[] parties) => new()
        {
            ForumId = forum.Id, Title = new($"{en} (fictional)", $"{ko} (가상)"), Kind = kind, Stage = stage, Visibility = visibility, Topic = topic,
            Value = value, Currency = currency, NextStep = nextStep, NextStepDue = DateOnly.FromDateTime(nowUtc.AddDays(30)),
            CreatedByUserId = "", CreatedAtUtc = nowUtc.AddDays(-daysAgo), LastChangedAtUtc = nowUtc.AddDays(-daysAgo / 2),
            Parties = parties.Select(p => new InitiativeParty { OrganizationId = Org(p) }).ToList(),
            Origins = [new InitiativeOrigin { Kind = InitiativeOriginKind.Meeting }],
            Changes = [new InitiativeChange { UserName = "demo", AtUtc = nowUtc.AddDays(-daysAgo), Field = "Created", NewValue = $"{kind}, {stage}" }],
        };
        db.Initiatives.AddRange(
            Make("Space situational awareness data sharing", "우주상황인식 데이터 공유", InitiativeKind.MoU, InitiativeStage.Signed, InitiativeVisibility.Public,
                CapabilityArea.SpaceSituationalAwareness, null, null, "Exchange the first data sets", 40, "Ministry of Science and ICT", "Office of Space Commerce"),
            Make("Ground station capacity lease", "지상국 용량 임대", InitiativeKind.SupplyContract, InitiativeStage.Negotiating, InitiativeVisibility.Organizers,
                CapabilityArea.GroundSegment, 2_400_000m, "USD", "Agree the service levels", 20, "National Space Committee", "Capella Space"),
            Make("Conjunction screening pilot", "충돌 위험 분석 시범 사업", InitiativeKind.JointResearch, InitiativeStage.Exploring, InitiativeVisibility.Organizers,
                CapabilityArea.SpaceSituationalAwareness, 350_000_000m, "KRW", "Scope the pilot", 10, "Ministry of Science and ICT", "LeoLabs"),
            Make("Launch services letter of intent", "발사 서비스 의향서", InitiativeKind.LoI, InitiativeStage.Dropped, InitiativeVisibility.PartiesOnly,
                CapabilityArea.Launch, null, null, "None", 60, "National Space Committee", "Rocket Lab"));
        await db.SaveChangesAsync(ct);
        // The adopted illustrative statement's commitment, followed up as adoption does in the app.
        await new CommitmentInitiatives(db).OpenForAdoptedStatementsAsync(forum.Id, nowUtc, ct);
        return true;
    }
}
