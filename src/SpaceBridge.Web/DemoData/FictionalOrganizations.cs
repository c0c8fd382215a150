using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Programme.Organizations;
using static SpaceBridge.Web.Features.Matchmaking.Profiles.CapabilityArea;

namespace SpaceBridge.Web.DemoData;

/// <summary>One invented organization of the matchmaking demo, with its delegate.</summary>
public sealed record FictionalOrganization(
    string Key, string CountryCode, OrganizationKind Kind, string NameEn, string NameKo,
    CapabilityArea[] Capabilities, CapabilityArea[] Needs, string[] Topics,
    string Delegate, string? DelegateHangul, string Position,
    bool Itar = false, bool KoreanStrategic = false, bool Exhibitor = false);

/// <summary>
/// The invented companies and institutes of the matchmaking demo. Every name is made up and carries
/// "(fictional)"; none of them stands for a real organization.
/// </summary>
public static class FictionalOrganizations
{
    private const string Policy = "space-policy", B2b = "b2b-partnerships", Support = "government-support",
        Supply = "supply-chain-resilience", Exploration = "commercial-exploration";

    private static FictionalOrganization C(string key, string country, string en, string ko, CapabilityArea[] caps, CapabilityArea[] needs,
        string[] topics, string person, string? hangul, string position, bool itar = false, bool strategic = false, bool exhibitor = false,
        OrganizationKind kind = OrganizationKind.Company) =>
        new(key, country, kind, en + " (fictional)", ko + " (가상)", caps, needs, topics, person, hangul, position, itar, strategic, exhibitor);

    public static readonly IReadOnlyList<FictionalOrganization> All =
    [
        // Korea
        C("hanbit-orbital", "KR", "Hanbit Orbital Systems", "한빛 오비탈 시스템즈", [SatelliteManufacturing, ComponentsAndSubsystems], [Launch, SpaceSituationalAwareness],
            [B2b, Supply], "Kim Seo-yeon", "김서연", "Director of Business Development", strategic: true, exhibitor: true),
        C("gaon-launch", "KR", "Gaon Launch Works", "가온 런치웍스", [Launch], [ComponentsAndSubsystems, FinanceAndInvestment],
            [B2b, Support, Exploration], "Park Ji-hoon", "박지훈", "Chief Executive Officer", strategic: true),
        C("dasom-eo", "KR", "Dasom Earth Imaging", "다솜 어스이미징", [EarthObservationData, SoftwareAndAnalytics], [SatelliteManufacturing, GroundSegment],
            [B2b, Policy], "Lee Ha-eun", "이하은", "Head of Data Products", exhibitor: true),
        C("byeol-ssa", "KR", "Byeolbit Space Watch", "별빛 스페이스워치", [SpaceSituationalAwareness, SoftwareAndAnalytics], [GroundSegment, PolicyAndRegulation],
            [Policy, Supply], "Choi Min-jun", "최민준", "Chief Technology Officer"),
        C("nuri-components", "KR", "Nurimaru Precision Components", "누리마루 정밀부품", [ComponentsAndSubsystems], [SatelliteManufacturing, Launch],
            [Supply, B2b], "Jung Soo-ah", "정수아", "Sales Manager, Space Division", strategic: true),
        C("haneul-ground", "KR", "Haneul Ground Network", "하늘 그라운드 네트워크", [GroundSegment], [EarthObservationData, SpaceSituationalAwareness],
            [B2b, Supply], "Kang Do-yoon", "강도윤", "Network Operations Lead"),
        C("dalbit-lunar", "KR", "Dalbit Lunar Robotics", "달빛 루나 로보틱스", [LunarExploration, ComponentsAndSubsystems], [Launch, FinanceAndInvestment],
            [Exploration, Support], "Yoon Ji-woo", "윤지우", "Founder"),
        C("saebyeok-ventures", "KR", "Saebyeok Space Ventures", "새벽 스페이스 벤처스", [FinanceAndInvestment], [Launch, InSpaceServices, LunarExploration],
            [Support, B2b], "Han Ye-jin", "한예진", "Managing Partner"),
        C("mirae-institute", "KR", "Mirae Aerospace Research Institute", "미래 항공우주연구소", [LunarExploration, PolicyAndRegulation], [ComponentsAndSubsystems, LeoStations],
            [Exploration, Policy], "Oh Seung-hyun", "오승현", "Principal Researcher", kind: OrganizationKind.ResearchInstitute),
        C("arirang-software", "KR", "Arirang Orbit Analytics", "아리랑 오빗 애널리틱스", [SoftwareAndAnalytics], [EarthObservationData, SpaceSituationalAwareness],
            [B2b], "Shin Yu-na", "신유나", "Product Director"),
        C("gyeol-servicing", "KR", "Gyeol In-Orbit Services", "결 인오빗 서비스", [InSpaceServices], [SpaceSituationalAwareness, FinanceAndInvestment],
            [Exploration, B2b], "Lim Jae-won", "임재원", "Chief Operating Officer"),
        C("sol-satellite", "KR", "Solgaram Smallsat", "솔가람 스몰샛", [SatelliteManufacturing], [Launch, ComponentsAndSubsystems, GroundSegment],
            [Supply, B2b], "Song Ha-rin", "송하린", "Program Manager", strategic: true),
        C("bada-policy", "KR", "Bada Space Law Center", "바다 우주법 센터", [PolicyAndRegulation], [FinanceAndInvestment],
            [Policy, Support], "Baek Jun-seo", "백준서", "Senior Counsel", kind: OrganizationKind.Association),
        C("eunha-university", "KR", "Eunha Institute of Space Technology", "은하 우주기술원", [ComponentsAndSubsystems, LeoStations], [LeoStations, LunarExploration],
            [Exploration, Supply], "Jang Min-seo", "장민서", "Professor", kind: OrganizationKind.University),

        // United States
        C("redwood-launch", "US", "Redwood Ascent Launch", "레드우드 어센트 런치", [Launch], [ComponentsAndSubsystems, SatelliteManufacturing],
            [B2b, Supply], "Morgan Ellery", null, "VP, International Sales", itar: true),
        C("prairie-ssa", "US", "Prairie Sky Tracking", "프레리 스카이 트래킹", [SpaceSituationalAwareness, SoftwareAndAnalytics], [GroundSegment, FinanceAndInvestment],
            [Policy, B2b], "Dana Whitcombe", null, "Director of Partnerships", itar: true, exhibitor: true),
        C("cobalt-bus", "US", "Cobalt Mesa Spacecraft", "코발트 메사 스페이스크래프트", [SatelliteManufacturing, ComponentsAndSubsystems], [EarthObservationData, Launch],
            [Supply, B2b], "Riley Okonkwo", null, "Business Development Manager", itar: true),
        C("tidewater-eo", "US", "Tidewater Radar Imaging", "타이드워터 레이더 이미징", [EarthObservationData], [GroundSegment, SoftwareAndAnalytics],
            [B2b, Policy], "Casey Lindqvist", null, "Head of Asia-Pacific"),
        C("harbor-station", "US", "Harborlight Orbital Habitats", "하버라이트 오비탈 해비탯", [LeoStations, InSpaceServices], [ComponentsAndSubsystems, LunarExploration],
            [Exploration, B2b], "Jordan Achebe", null, "Director, International Programs", itar: true, exhibitor: true),
        C("lantern-lunar", "US", "Lantern Lunar Logistics", "랜턴 루나 로지스틱스", [LunarExploration, Launch], [LunarExploration, ComponentsAndSubsystems],
            [Exploration], "Avery Castellanos", null, "Chief Commercial Officer", itar: true),
        C("quill-analytics", "US", "Quillfeather Space Analytics", "퀼페더 스페이스 애널리틱스", [SoftwareAndAnalytics, SpaceSituationalAwareness], [EarthObservationData],
            [Supply, Policy], "Taylor Brandvold", null, "Chief Data Scientist"),
        C("summit-capital", "US", "Summit Rill Capital", "서밋 릴 캐피털", [FinanceAndInvestment], [SatelliteManufacturing, InSpaceServices, EarthObservationData],
            [Support, B2b], "Peyton Abernathy", null, "Partner"),
        C("mesa-ground", "US", "Mesa Verde Ground Services", "메사 베르데 그라운드 서비스", [GroundSegment], [SpaceSituationalAwareness, SatelliteManufacturing],
            [Supply], "Quinn Halvorsen", null, "Director of Operations"),
        C("bayou-institute", "US", "Bayou Institute for Orbital Policy", "바이유 궤도정책연구소", [PolicyAndRegulation, SoftwareAndAnalytics], [PolicyAndRegulation],
            [Policy, Support], "Drew Fairbanks", null, "Senior Fellow", kind: OrganizationKind.ResearchInstitute),

        // Thailand
        C("chao-phraya-sat", "TH", "Chao Lamphu Satellite Works", "차오람푸 위성공작소", [SatelliteManufacturing], [Launch, GroundSegment],
            [B2b, Support], "Nattapong Srisuk", null, "Managing Director"),
        C("siam-eo", "TH", "Lotus Delta Geo-Imaging", "로터스 델타 지오이미징", [EarthObservationData], [SatelliteManufacturing, SoftwareAndAnalytics],
            [B2b, Policy], "Kanya Wongsawat", null, "Head of Analytics"),
        C("andaman-ground", "TH", "Andaman Reef Ground Station", "안다만 리프 지상국", [GroundSegment], [SpaceSituationalAwareness, FinanceAndInvestment],
            [Supply], "Somchai Rattanakul", null, "Station Manager"),
        C("isan-institute", "TH", "Isan Plateau Space Institute", "이산 고원 우주연구원", [PolicyAndRegulation, LunarExploration], [SatelliteManufacturing, LunarExploration],
            [Policy, Exploration], "Pimchanok Thongdee", null, "Deputy Director", kind: OrganizationKind.ResearchInstitute),
        C("jasmine-software", "TH", "Jasmine Orbit Software", "재스민 오빗 소프트웨어", [SoftwareAndAnalytics], [EarthObservationData, FinanceAndInvestment],
            [B2b], "Arthit Boonmee", null, "Chief Executive Officer"),
        C("mekong-ventures", "TH", "Mekong Lantern Ventures", "메콩 랜턴 벤처스", [FinanceAndInvestment], [GroundSegment, EarthObservationData],
            [Support], "Supaporn Chaiyaporn", null, "Investment Director"),

        // Malaysia
        C("kinabalu-aero", "MY", "Kinabalu Crest Aerospace", "키나발루 크레스트 에어로스페이스", [ComponentsAndSubsystems], [SatelliteManufacturing, Launch],
            [Supply, B2b], "Aisyah Rahman", null, "Head of Engineering"),
        C("straits-eo", "MY", "Straits Monsoon Observation", "스트레이츠 몬순 관측", [EarthObservationData, GroundSegment], [SatelliteManufacturing, SpaceSituationalAwareness],
            [Policy, B2b], "Tan Wei Ming", null, "Business Director"),
        C("borneo-launch", "MY", "Borneo Equator Launch Site", "보르네오 적도 발사장", [Launch, GroundSegment], [Launch, FinanceAndInvestment],
            [Support, Exploration], "Hafiz Ismail", null, "Project Director"),
        C("penang-analytics", "MY", "Penang Hillside Analytics", "페낭 힐사이드 애널리틱스", [SoftwareAndAnalytics], [SpaceSituationalAwareness, EarthObservationData],
            [B2b], "Lim Mei Ling", null, "Founder"),
        C("cameron-institute", "MY", "Cameron Highlands Space Academy", "캐머런 하이랜드 우주아카데미", [PolicyAndRegulation], [ComponentsAndSubsystems, SatelliteManufacturing],
            [Policy, Support], "Nurul Huda Azman", null, "Academic Director", kind: OrganizationKind.University),

        // Mexico
        C("sierra-sat", "MX", "Sierra Madre Satellite Labs", "시에라 마드레 위성연구소", [SatelliteManufacturing, ComponentsAndSubsystems], [Launch, EarthObservationData],
            [Supply, B2b], "Valeria Montoya", null, "Chief Engineer"),
        C("yucatan-ground", "MX", "Yucatan Cenote Ground Systems", "유카탄 세노테 지상시스템", [GroundSegment], [SatelliteManufacturing, SoftwareAndAnalytics],
            [Supply], "Diego Villarreal", null, "Operations Director"),
        C("baja-eo", "MX", "Baja Coral Earth Data", "바하 코랄 어스데이터", [EarthObservationData, SoftwareAndAnalytics], [GroundSegment, FinanceAndInvestment],
            [B2b, Policy], "Ximena Cordero", null, "Head of Products"),
        C("oaxaca-institute", "MX", "Oaxaca Highlands Space Institute", "오악사카 고원 우주연구원", [LunarExploration, PolicyAndRegulation], [LeoStations, ComponentsAndSubsystems],
            [Exploration, Policy], "Emilio Barragán", null, "Research Director", kind: OrganizationKind.ResearchInstitute),
        C("monterrey-capital", "MX", "Monterrey Ridge Capital", "몬테레이 리지 캐피털", [FinanceAndInvestment], [SatelliteManufacturing, Launch],
            [Support, B2b], "Lucía Arredondo", null, "Managing Partner"),
    ];
}
