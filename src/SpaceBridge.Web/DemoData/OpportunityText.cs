using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.DemoData;

/// <summary>Writes the bilingual title and description of a demo opportunity from its direction, kind and area.</summary>
internal static class OpportunityText
{
    public static Opportunity Create(int forumId, Organization org, FictionalOrganization s, OpportunityDirection direction,
        OpportunityKind kind, CapabilityArea[] areas, DateTime nowUtc)
    {
        var p = AreaPhrases.Of(areas[0]);
        var (titleEn, titleKo) = (direction, kind) switch
        {
            (OpportunityDirection.Offer, OpportunityKind.Supply) => ($"Supply of {p.En}", $"{p.Ko} 공급"),
            (OpportunityDirection.Offer, OpportunityKind.JointResearch) => ($"Joint R&D in {p.En}", $"{p.Ko} 공동 연구개발 제안"),
            (OpportunityDirection.Offer, OpportunityKind.Investment) => ($"Capital for {p.En}", $"{p.Ko} 투자 제공"),
            (OpportunityDirection.Offer, OpportunityKind.Procurement) => ($"Procurement support in {p.En}", $"{p.Ko} 조달 지원"),
            (OpportunityDirection.Offer, _) => ($"Partnership in {p.En}", $"{p.Ko} 분야 협력 제안"),
            (_, OpportunityKind.Procurement) => ($"Procuring {p.En}", $"{p.Ko} 조달"),
            (_, OpportunityKind.Supply) => ($"Looking for a supplier of {p.En}", $"{p.Ko} 공급처 모색"),
            (_, OpportunityKind.Investment) => ($"Seeking co-investors for {p.En}", $"{p.Ko} 공동 투자자 모색"),
            (_, OpportunityKind.JointResearch) => ($"Looking for joint R&D in {p.En}", $"{p.Ko} 공동 연구개발 파트너 모색"),
            _ => ($"Looking for a partner in {p.En}", $"{p.Ko} 분야 협력 파트너 모색"),
        };
        var (descEn, descKo) = direction == OpportunityDirection.Offer
            ? ($"{s.NameEn} offers {p.En} to partners at the symposium. Demo data: the organization is invented.",
               $"{s.NameKo}은(는) 심포지엄 참가 기관에 {p.Ko}을(를) 제공합니다. 시연용 데이터이며 기관은 가상입니다.")
            : ($"{s.NameEn} is looking for {p.En} from a partner. Demo data: the organization is invented.",
               $"{s.NameKo}은(는) {p.Ko}을(를) 제공할 협력 기관을 찾습니다. 시연용 데이터이며 기관은 가상입니다.");
        return new Opportunity
        {
            ForumId = forumId,
            Organization = org,
            Direction = direction,
            Kind = kind,
            Title = new(titleEn, titleKo),
            Description = new(descEn, descKo),
            Areas = [.. areas],
            IsOpen = true,
            CreatedAtUtc = nowUtc,
        };
    }
}
