using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>What an organization declares it supplies and depends on in a forum. Callers check who may edit first.</summary>
public sealed class SupplyDeclarations(AppDbContext db, TimeProvider clock)
{
    public Task<List<SupplyDeclaration>> OfAsync(int forumId, int organizationId, CancellationToken ct) =>
        db.Set<SupplyDeclaration>().AsNoTracking().Include(d => d.Capability)
            .Where(d => d.ForumId == forumId && d.OrganizationId == organizationId)
            .OrderBy(d => d.Kind).ThenBy(d => d.Capability.SortOrder).ThenBy(d => d.SupplierCountryCode).ToListAsync(ct);

    /// <summary>Adds a declaration; declaring the same thing twice changes nothing.</summary>
    public async Task AddAsync(int forumId, int organizationId, int? capabilityId, SupplyDeclarationKind? kind, string? supplierCountry, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (capabilityId is not { } capId || !await db.Set<SupplyCapability>().AnyAsync(c => c.ForumId == forumId && c.Id == capId, ct))
        {
            errors["CapabilityId"] = ["SupplyChain.Error.Capability"];
        }
        if (kind is null || !Enum.IsDefined(kind.Value)) errors["Kind"] = ["SupplyChain.Error.Kind"];
        var country = string.IsNullOrWhiteSpace(supplierCountry) ? null : supplierCountry.Trim().ToUpperInvariant();
        if (kind == SupplyDeclarationKind.Supplies) country = null;
        if (country is not null && !await db.Countries.AnyAsync(c => c.Code == country, ct)) errors["SupplierCountry"] = ["SupplyChain.Error.Country"];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var exists = await db.Set<SupplyDeclaration>().AnyAsync(d => d.ForumId == forumId && d.OrganizationId == organizationId
            && d.CapabilityId == capabilityId && d.Kind == kind && d.SupplierCountryCode == country, ct);
        if (exists) return;
        db.Add(new SupplyDeclaration
        {
            ForumId = forumId, OrganizationId = organizationId, CapabilityId = capabilityId!.Value, Kind = kind!.Value,
            SupplierCountryCode = country, DeclaredAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAsync(int forumId, int organizationId, int id, CancellationToken ct)
    {
        var removed = await db.Set<SupplyDeclaration>().Where(d => d.Id == id && d.ForumId == forumId && d.OrganizationId == organizationId).ExecuteDeleteAsync(ct);
        if (removed == 0) throw SupplyChainRefused.NoSuchDeclaration();
    }
}
