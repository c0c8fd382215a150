using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.SupplyChain;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.DemoData;

/// <summary>
/// The demo forum's default capability taxonomy and, with the fictional organizations, their supply and dependency
/// declarations: star trackers, radiation-hardened electronics and launch rest on the United States for several of
/// them, with suppliers in Korea and Malaysia as alternatives; propellants have none.
/// </summary>
public static class SupplyChainDemoSeeder
{
    private static readonly (string Org, string Capability)[] Supplies =
    [
        ("Nurimaru Precision Components", "star-trackers"), ("Kinabalu Crest Aerospace", "star-trackers"), ("Cobalt Mesa Spacecraft", "star-trackers"),
        ("Cobalt Mesa Spacecraft", "rad-hard-electronics"), ("Eunha Institute of Space Technology", "rad-hard-electronics"),
        ("Nurimaru Precision Components", "reaction-wheels"), ("Sierra Madre Satellite Labs", "reaction-wheels"),
        ("Hanbit Orbital Systems", "solar-cells"), ("Cobalt Mesa Spacecraft", "solar-cells"),
        ("Redwood Ascent Launch", "propellants"), ("Lantern Lunar Logistics", "propellants"),
        ("Gaon Launch Works", "launch"), ("Redwood Ascent Launch", "launch"), ("Borneo Equator Launch Site", "launch"), ("Lantern Lunar Logistics", "launch"),
        ("Haneul Ground Network", "ground-segment"), ("Mesa Verde Ground Services", "ground-segment"), ("Andaman Reef Ground Station", "ground-segment"),
        ("Yucatan Cenote Ground Systems", "ground-segment"), ("Straits Monsoon Observation", "ground-segment"),
        ("Arirang Orbit Analytics", "data-analytics"), ("Quillfeather Space Analytics", "data-analytics"), ("Jasmine Orbit Software", "data-analytics"),
        ("Penang Hillside Analytics", "data-analytics"),
        ("Hanbit Orbital Systems", "satellite-buses"), ("Cobalt Mesa Spacecraft", "satellite-buses"), ("Solgaram Smallsat", "satellite-buses"),
        ("Chao Lamphu Satellite Works", "satellite-buses"), ("Sierra Madre Satellite Labs", "satellite-buses"),
        ("Hanbit Orbital Systems", "payloads-sensors"), ("Tidewater Radar Imaging", "payloads-sensors"),
        ("Gyeol In-Orbit Services", "space-services"), ("Harborlight Orbital Habitats", "space-services"), ("Prairie Sky Tracking", "space-services"),
    ];

    private static readonly (string Org, string Capability, string Country)[] Dependencies =
    [
        ("Solgaram Smallsat", "star-trackers", "US"), ("Chao Lamphu Satellite Works", "star-trackers", "US"), ("Sierra Madre Satellite Labs", "star-trackers", "US"),
        ("Hanbit Orbital Systems", "star-trackers", "US"), ("Hanbit Orbital Systems", "star-trackers", "KR"),
        ("Hanbit Orbital Systems", "rad-hard-electronics", "US"), ("Solgaram Smallsat", "rad-hard-electronics", "US"), ("Dalbit Lunar Robotics", "rad-hard-electronics", "US"),
        ("Cobalt Mesa Spacecraft", "reaction-wheels", "KR"), ("Cobalt Mesa Spacecraft", "reaction-wheels", "MX"),
        ("Gaon Launch Works", "propellants", "US"), ("Borneo Equator Launch Site", "propellants", "US"),
        ("Hanbit Orbital Systems", "launch", "US"), ("Chao Lamphu Satellite Works", "launch", "US"), ("Sierra Madre Satellite Labs", "launch", "US"),
        ("Dalbit Lunar Robotics", "launch", "US"), ("Solgaram Smallsat", "launch", "US"), ("Solgaram Smallsat", "launch", "KR"),
        ("Dasom Earth Imaging", "ground-segment", "KR"), ("Dasom Earth Imaging", "ground-segment", "TH"), ("Tidewater Radar Imaging", "ground-segment", "US"),
        ("Lotus Delta Geo-Imaging", "satellite-buses", "KR"), ("Lotus Delta Geo-Imaging", "satellite-buses", "US"), ("Straits Monsoon Observation", "satellite-buses", "US"),
        ("Solgaram Smallsat", "solar-cells", "US"), ("Solgaram Smallsat", "solar-cells", "KR"),
    ];

    /// <summary>Loads the default taxonomy into the demo forum if it has none, and the declarations once the fictional organizations exist.</summary>
    public static async Task<bool> SeedAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var forum = await db.Forums.OrderBy(f => f.Id).FirstOrDefaultAsync(ct);
        if (forum is null) return false;
        var capabilities = db.Set<SupplyCapability>();
        if (!await capabilities.AnyAsync(c => c.ForumId == forum.Id, ct))
        {
            var order = 0;
            capabilities.AddRange(SupplyTaxonomy.Default.Select(d => new SupplyCapability
            {
                ForumId = forum.Id, Key = d.Key, Name = new BilingualText(d.En, d.Ko), SortOrder = ++order,
            }));
            await db.SaveChangesAsync(ct);
        }
        if (await db.Set<SupplyDeclaration>().AnyAsync(d => d.ForumId == forum.Id, ct)) return false;
        var orgs = await db.Organizations.AsNoTracking().Where(o => o.Name.En != null && o.Name.En.EndsWith(" (fictional)"))
            .ToDictionaryAsync(o => o.Name.En![..^" (fictional)".Length], o => o.Id, ct);
        if (orgs.Count == 0) return false;
        var caps = await capabilities.Where(c => c.ForumId == forum.Id).ToDictionaryAsync(c => c.Key, c => c.Id, ct);
        SupplyDeclaration Make(string org, string cap, SupplyDeclarationKind kind, string? country) => new()
        {
            ForumId = forum.Id, OrganizationId = orgs[org], CapabilityId = caps[cap], Kind = kind, SupplierCountryCode = country, DeclaredAtUtc = nowUtc,
        };
        db.Set<SupplyDeclaration>().AddRange(Supplies.Where(s => orgs.ContainsKey(s.Org) && caps.ContainsKey(s.Capability))
            .Select(s => Make(s.Org, s.Capability, SupplyDeclarationKind.Supplies, null)));
        db.Set<SupplyDeclaration>().AddRange(Dependencies.Where(d => orgs.ContainsKey(d.Org) && caps.ContainsKey(d.Capability))
            .Select(d => Make(d.Org, d.Capability, SupplyDeclarationKind.DependsOn, d.Country)));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
