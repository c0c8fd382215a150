namespace SpaceBridge.Web.Features.Matchmaking.Profiles;

/// <summary>The space-sector taxonomy used for capabilities, needs and opportunities.</summary>
public enum CapabilityArea
{
    Launch,
    SatelliteManufacturing,
    ComponentsAndSubsystems,
    GroundSegment,
    EarthObservationData,
    SpaceSituationalAwareness,
    InSpaceServices,
    LeoStations,
    LunarExploration,
    SoftwareAndAnalytics,
    FinanceAndInvestment,
    PolicyAndRegulation,
}
