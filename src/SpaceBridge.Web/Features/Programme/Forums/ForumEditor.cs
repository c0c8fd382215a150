using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>Creates (administrators) and changes (its organizers) a forum; every write checks the whole input first.</summary>
public sealed class ForumEditor(AppDbContext db)
{
    public static readonly string[] KnownLanguages = Infrastructure.Localization.Languages.Supported;

    public Task<Forum> CreateAsync(ForumInput input, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var forum = new Forum { Slug = "", City = "", TimeZoneId = "" };
            await ApplyAsync(forum, input, ct);
            db.Forums.Add(forum);
            return forum;
        }, cancellationToken);

    public Task<Forum> UpdateAsync(int id, ForumInput input, VersionCheck version, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var forum = await db.Forums.Include(f => f.Hosts).FirstAsync(f => f.Id == id, ct);
            version.Ensure("forum", forum.Version);
            await ApplyAsync(forum, input, ct);
            forum.Version++;
            return forum;
        }, cancellationToken);

    private async Task ApplyAsync(Forum forum, ForumInput input, CancellationToken ct)
    {
        var rules = new EditRules();
        var slug = rules.Slug(input.Slug, nameof(input.Slug));
        var name = rules.Bilingual(input.Name, nameof(input.Name), EditRules.NameMax, required: true);
        var description = rules.Bilingual(input.Description, nameof(input.Description), EditRules.TextMax, required: false);
        var city = rules.Text(input.City, nameof(input.City), 100, required: true);
        var zone = rules.TimeZone(input.TimeZone, nameof(input.TimeZone));
        var languages = (input.Languages ?? KnownLanguages).Select(l => l?.Trim().ToLowerInvariant() ?? "").ToList();
        if (languages.Count == 0 || languages.Any(l => !KnownLanguages.Contains(l)))
        {
            rules.Add(nameof(input.Languages), "One or both of: en, ko.");
        }
        var hostIds = input.HostOrganizationIds ?? [];
        var known = await db.Organizations.Where(o => hostIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        if (known.Count != hostIds.Count)
        {
            rules.Add(nameof(input.HostOrganizationIds), $"Unknown organizations: {string.Join(", ", hostIds.Except(known))}.");
        }
        if (slug.Length > 0 && await db.Forums.AnyAsync(f => f.Slug == slug && f.Id != forum.Id, ct))
        {
            rules.Add(nameof(input.Slug), $"Another forum already uses the address {slug}.");
        }
        rules.ThrowIfAny();

        forum.Slug = slug;
        forum.Name = name;
        forum.Description = description;
        forum.City = city!;
        forum.TimeZoneId = zone;
        forum.Languages = string.Join(',', languages);
        forum.Hosts.RemoveAll(h => !hostIds.Contains(h.OrganizationId));
        forum.Hosts.AddRange(hostIds.Where(id => forum.Hosts.All(h => h.OrganizationId != id)).Select(id => new ForumHost { OrganizationId = id }));
    }
}
