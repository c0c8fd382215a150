using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>
/// A forum's capability taxonomy: the default list of the space sector, loaded once, then edited by the organizers.
/// Every refused change leaves the taxonomy as it was.
/// </summary>
public sealed partial class SupplyTaxonomy(AppDbContext db)
{
    public const int MaxKeyLength = 64;
    public const int MaxNameLength = 120;

    /// <summary>The default taxonomy of the space sector: systems, the components that are often single-sourced, and services.</summary>
    public static readonly IReadOnlyList<(string Key, string En, string Ko)> Default =
    [
        ("launch", "Launch services", "발사 서비스"),
        ("satellite-buses", "Satellite buses", "위성 본체(버스)"),
        ("payloads-sensors", "Payloads and sensors", "탑재체 및 센서"),
        ("star-trackers", "Star trackers", "별 추적기"),
        ("reaction-wheels", "Reaction wheels", "반작용 휠"),
        ("solar-cells", "Space-grade solar cells", "우주용 태양전지"),
        ("rad-hard-electronics", "Radiation-hardened electronics", "내방사선 전자부품"),
        ("propulsion", "Propulsion systems", "추진 시스템"),
        ("propellants", "Propellants", "추진제"),
        ("ground-segment", "Ground segment", "지상 시스템"),
        ("data-analytics", "Data and analytics", "데이터 및 분석"),
        ("space-services", "Space services", "우주 서비스"),
    ];

    public Task<List<SupplyCapability>> ListAsync(int forumId, CancellationToken ct) =>
        db.Set<SupplyCapability>().AsNoTracking().Where(c => c.ForumId == forumId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);

    /// <summary>Adds the default entries whose keys the forum lacks; returns how many were added.</summary>
    public async Task<int> LoadDefaultAsync(int forumId, CancellationToken ct)
    {
        var keys = (await db.Set<SupplyCapability>().Where(c => c.ForumId == forumId).Select(c => c.Key).ToListAsync(ct)).ToHashSet();
        var next = await db.Set<SupplyCapability>().Where(c => c.ForumId == forumId).MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
        var added = Default.Where(d => !keys.Contains(d.Key))
            .Select(d => new SupplyCapability { ForumId = forumId, Key = d.Key, Name = new BilingualText(d.En, d.Ko), SortOrder = ++next }).ToList();
        db.AddRange(added);
        await db.SaveChangesAsync(ct);
        return added.Count;
    }

    public async Task<SupplyCapability> AddAsync(int forumId, string? key, string? nameEn, string? nameKo, CancellationToken ct)
    {
        var (k, name) = Check(key, nameEn, nameKo);
        if (await db.Set<SupplyCapability>().AnyAsync(c => c.ForumId == forumId && c.Key == k, ct))
        {
            throw new DomainValidationException("Key", "SupplyChain.Error.KeyTaken");
        }
        var next = await db.Set<SupplyCapability>().Where(c => c.ForumId == forumId).MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
        var capability = new SupplyCapability { ForumId = forumId, Key = k, Name = name, SortOrder = next + 1 };
        db.Add(capability);
        await db.SaveChangesAsync(ct);
        return capability;
    }

    /// <summary>Renames a capability if the caller read its current version.</summary>
    public async Task RenameAsync(int forumId, int id, string? nameEn, string? nameKo, int version, CancellationToken ct)
    {
        var capability = await db.Set<SupplyCapability>().FirstOrDefaultAsync(c => c.ForumId == forumId && c.Id == id, ct)
            ?? throw SupplyChainRefused.NoSuchCapability();
        var (_, name) = Check(capability.Key, nameEn, nameKo);
        if (capability.Version != version) throw new StaleVersionRefusal("capability", capability.Version);
        capability.Name = name;
        capability.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new StaleVersionRefusal("capability", version + 1);
        }
    }

    /// <summary>Removes a capability nobody declares; one still declared is refused.</summary>
    public async Task RemoveAsync(int forumId, int id, int version, CancellationToken ct)
    {
        var capability = await db.Set<SupplyCapability>().FirstOrDefaultAsync(c => c.ForumId == forumId && c.Id == id, ct)
            ?? throw SupplyChainRefused.NoSuchCapability();
        if (capability.Version != version) throw new StaleVersionRefusal("capability", capability.Version);
        if (await db.Set<SupplyDeclaration>().AnyAsync(d => d.CapabilityId == id, ct)) throw SupplyChainRefused.CapabilityInUse();
        db.Remove(capability);
        await db.SaveChangesAsync(ct);
    }

    private static (string Key, BilingualText Name) Check(string? key, string? nameEn, string? nameKo)
    {
        var errors = new Dictionary<string, string[]>();
        var k = key?.Trim().ToLowerInvariant() ?? "";
        if (k.Length is 0 or > MaxKeyLength || !KeyPattern().IsMatch(k)) errors["Key"] = ["SupplyChain.Error.Key"];
        var en = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim();
        var ko = string.IsNullOrWhiteSpace(nameKo) ? null : nameKo.Trim();
        if (en is null && ko is null) errors["NameEn"] = ["SupplyChain.Error.Name"];
        if (en?.Length > MaxNameLength) errors["NameEn"] = ["SupplyChain.Error.NameLength"];
        if (ko?.Length > MaxNameLength) errors["NameKo"] = ["SupplyChain.Error.NameLength"];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return (k, new BilingualText(en, ko));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
