using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.DemoData;

/// <summary>Content phrases for each capability area, used to write demo profiles and opportunities in both languages.</summary>
public static class AreaPhrases
{
    public static BilingualText Of(CapabilityArea area) => area switch
    {
        CapabilityArea.Launch => new("launch services", "발사 서비스"),
        CapabilityArea.SatelliteManufacturing => new("satellite manufacturing", "위성 제작"),
        CapabilityArea.ComponentsAndSubsystems => new("components and subsystems", "부품 및 서브시스템"),
        CapabilityArea.GroundSegment => new("ground stations and ground segment", "지상국 및 지상 시스템"),
        CapabilityArea.EarthObservationData => new("Earth observation data", "지구관측 데이터"),
        CapabilityArea.SpaceSituationalAwareness => new("space situational awareness (SSA) data", "우주상황인식(SSA) 데이터"),
        CapabilityArea.InSpaceServices => new("in-space servicing", "궤도상 서비스"),
        CapabilityArea.LeoStations => new("commercial LEO stations", "상업 저궤도 정거장"),
        CapabilityArea.LunarExploration => new("lunar exploration payloads", "달 탐사 탑재체"),
        CapabilityArea.SoftwareAndAnalytics => new("space software and analytics", "우주 소프트웨어 및 분석"),
        CapabilityArea.FinanceAndInvestment => new("investment in space ventures", "우주 기업 투자"),
        CapabilityArea.PolicyAndRegulation => new("policy and regulatory advice", "정책 및 규제 자문"),
        _ => new(area.ToString(), area.ToString()),
    };
}
