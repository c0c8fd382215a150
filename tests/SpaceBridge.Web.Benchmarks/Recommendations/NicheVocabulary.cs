using SpaceBridge.Web.Features.Matchmaking.Profiles;

namespace SpaceBridge.Web.Benchmarks.Recommendations;

/// <summary>
/// Six niches per capability area, each with the words a company in that niche would use. A niche is the hidden
/// unit of the synthetic forum's ground truth: two organizations are partners when one offers a niche the other
/// requests. The capability area alone is too coarse to tell niches apart; the words are what give them away.
/// </summary>
public static class NicheVocabulary
{
    public const int NichesPerArea = 6;

    private static readonly string[][] Words =
    [
        // Launch
        ["rideshare slot smallsat dispenser manifest", "dedicated small launcher orbital insertion kick stage", "suborbital sounding rocket microgravity flight",
         "spaceport pad range safety operations", "reusable booster recovery landing refurbishment", "hybrid rocket engine propellant static fire"],
        // SatelliteManufacturing
        ["cubesat platform 6U bus flight heritage", "microsatellite 100kg bus assembly", "SAR satellite radar antenna payload",
         "geostationary communications satellite transponder", "thermal vacuum environmental testing cleanroom AIT", "optical imaging satellite telescope focal plane"],
        // ComponentsAndSubsystems
        ["star tracker reaction wheel attitude determination", "deployable solar array power conditioning", "electric propulsion hall thruster xenon",
         "radiation hardened onboard computer FPGA", "X-band transmitter RF transceiver", "lithium battery cells heat pipes"],
        // GroundSegment
        ["polar ground station antenna downlink passes", "mission control telemetry command software", "optical ground terminal laser communication",
         "antenna network as-a-service booking", "TT&C uplink ranging tracking station", "satellite operator training flight dynamics"],
        // EarthObservationData
        ["hyperspectral imagery crop yield agriculture", "SAR imagery flood mapping disaster response", "very high resolution optical orthophoto mapping",
         "maritime vessel detection AIS fusion fisheries", "forest carbon deforestation monitoring", "urban change detection land use cadastre"],
        // SpaceSituationalAwareness
        ["conjunction assessment collision avoidance alerts", "radar tracking debris catalog", "optical telescope network GEO surveillance",
         "space weather forecasting solar storms geomagnetic", "reentry prediction decay analysis", "precise orbit determination ephemeris laser ranging"],
        // InSpaceServices
        ["satellite refueling life extension docking", "active debris removal capture net", "orbital transfer vehicle last-mile delivery",
         "in-orbit inspection rendezvous proximity imaging", "in-space manufacturing optical fibers alloys", "hosted payload slot on-orbit demonstration"],
        // LeoStations
        ["station module habitation life support", "microgravity experiment rack research locker", "astronaut training crew mission",
         "cargo resupply logistics pressurized", "private astronaut tourism visit", "protein crystal growth biotech pharma"],
        // LunarExploration
        ["lunar lander payload delivery surface", "lunar rover mobility regolith wheels", "cislunar communication relay orbiter",
         "in-situ resource utilization water ice extraction", "lunar night survival heaters radioisotope", "lunar orbit science instrument spectrometer"],
        // SoftwareAndAnalytics
        ["onboard AI edge image processing", "digital twin simulation mission design", "satellite cybersecurity encryption intrusion",
         "geospatial analytics platform API dashboards", "flight software RTOS verification", "constellation tasking scheduling optimization"],
        // FinanceAndInvestment
        ["seed venture capital early-stage startups", "growth equity series B scale-up", "export credit financing sovereign guarantee",
         "space insurance underwriting launch risk", "government grants matching funds", "mergers acquisitions advisory due diligence"],
        // PolicyAndRegulation
        ["spectrum licensing ITU filing frequency coordination", "export control ITAR compliance licensing", "launch licence liability third-party regulation",
         "space law treaty national legislation", "remote sensing licence data distribution policy", "standards certification ECSS quality assurance"],
    ];

    /// <summary>Words any company writes, whatever it does.</summary>
    public static readonly string[] Filler =
    [
        "company", "team", "years", "experience", "international", "partners", "solutions", "services", "projects", "customers",
        "global", "leading", "innovative", "agency", "institute", "programme", "development", "cooperation", "market", "technology",
        "commercial", "national", "industry", "mission", "missions", "support", "expertise", "delivery", "quality", "reliable",
    ];

    public static int Count => Words.Length * NichesPerArea;

    public static CapabilityArea AreaOf(int niche) => (CapabilityArea)(niche / NichesPerArea);

    public static string[] WordsOf(int niche) => Words[niche / NichesPerArea][niche % NichesPerArea].Split(' ');
}
