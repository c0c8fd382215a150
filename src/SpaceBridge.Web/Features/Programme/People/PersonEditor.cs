using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.People;

/// <summary>Creates people for a forum and changes them, for the forum's organizers.</summary>
public sealed class PersonEditor(AppDbContext db)
{
    public Task<Person> CreateAsync(int forumId, PersonInput input, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var person = new Person { RomanizedName = "", ForumId = forumId };
            await ApplyAsync(person, input, ct);
            db.People.Add(person);
            return person;
        }, cancellationToken);

    public Task<Person> UpdateAsync(int id, PersonInput input, VersionCheck version, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var person = await db.People.FirstAsync(p => p.Id == id, ct);
            version.Ensure("person", person.Version);
            await ApplyAsync(person, input, ct);
            person.Version++;
            return person;
        }, cancellationToken);

    private async Task ApplyAsync(Person person, PersonInput input, CancellationToken ct)
    {
        var rules = new EditRules();
        var romanized = rules.Text(input.RomanizedName, nameof(input.RomanizedName), 200, required: true);
        var hangul = rules.Text(input.HangulName, nameof(input.HangulName), 100, required: false);
        var position = rules.Bilingual(input.Position, nameof(input.Position), EditRules.NameMax, required: false);
        var bio = rules.Bilingual(input.Bio, nameof(input.Bio), 2000, required: false);
        var country = EditRules.Clean(input.CountryCode)?.ToUpperInvariant();
        if (country is not null && !await db.Countries.AnyAsync(c => c.Code == country, ct))
        {
            rules.Add(nameof(input.CountryCode), $"Unknown country code {country}; use ISO 3166-1 alpha-2 (e.g. KR, US).");
        }
        if (input.OrganizationId is { } organizationId && !await db.Organizations.AnyAsync(o => o.Id == organizationId, ct))
        {
            rules.Add(nameof(input.OrganizationId), $"There is no organization with id {organizationId}.");
        }
        rules.ThrowIfAny();

        person.RomanizedName = romanized!;
        person.HangulName = hangul;
        person.FamilyNameFirst = input.FamilyNameFirst;
        person.Position = position;
        person.Bio = bio;
        person.CountryCode = country;
        person.OrganizationId = input.OrganizationId;
    }
}
