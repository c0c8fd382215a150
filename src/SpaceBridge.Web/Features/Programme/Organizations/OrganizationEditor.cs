using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Organizations;

/// <summary>Creates organizations for a forum and changes them, for the forum's organizers.</summary>
public sealed class OrganizationEditor(AppDbContext db)
{
    public Task<Organization> CreateAsync(int forumId, OrganizationInput input, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var organization = new Organization { CountryCode = "", ForumId = forumId };
            await ApplyAsync(organization, input, ct);
            db.Organizations.Add(organization);
            return organization;
        }, cancellationToken);

    public Task<Organization> UpdateAsync(int id, OrganizationInput input, VersionCheck version, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var organization = await db.Organizations.FirstAsync(o => o.Id == id, ct);
            version.Ensure("organization", organization.Version);
            await ApplyAsync(organization, input, ct);
            organization.Version++;
            return organization;
        }, cancellationToken);

    private async Task ApplyAsync(Organization organization, OrganizationInput input, CancellationToken ct)
    {
        var rules = new EditRules();
        var name = rules.Bilingual(input.Name, nameof(input.Name), EditRules.NameMax, required: true);
        var acronym = rules.Text(input.Acronym, nameof(input.Acronym), 32, required: false);
        var website = rules.Website(input.Website, nameof(input.Website));
        if (!Enum.IsDefined(input.Kind))
        {
            rules.Add(nameof(input.Kind), $"One of {string.Join(", ", Enum.GetNames<OrganizationKind>())}.");
        }
        var country = EditRules.Clean(input.CountryCode)?.ToUpperInvariant() ?? "";
        if (!await db.Countries.AnyAsync(c => c.Code == country, ct))
        {
            rules.Add(nameof(input.CountryCode), $"Unknown country code '{country}'; use ISO 3166-1 alpha-2 (e.g. KR, US).");
        }
        rules.ThrowIfAny();

        organization.Name = name;
        organization.Acronym = acronym;
        organization.Kind = input.Kind;
        organization.CountryCode = country;
        organization.Website = website;
    }
}
