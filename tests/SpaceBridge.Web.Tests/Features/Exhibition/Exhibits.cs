using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Exhibition;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Exhibition;

/// <summary>Exhibitors and their staff put straight into the database for exhibition tests.</summary>
public static class Exhibits
{
    /// <summary>A new organization exhibiting at the event, with the given users on its staff.</summary>
    public static Task<int> ExhibitorAsync(this SpaceBridgeFactory app, int eventId, string name, params TestUser[] staff) =>
        app.WithDbAsync(async db =>
        {
            var organization = new SpaceBridge.Web.Features.Programme.Organizations.Organization
            {
                Name = new(name, null), CountryCode = "US", Kind = SpaceBridge.Web.Features.Programme.Organizations.OrganizationKind.Company,
            };
            db.Organizations.Add(organization);
            var exhibitor = new Exhibitor { EventId = eventId, Organization = organization, Description = new($"{name} builds things.", null), Version = 1 };
            db.Exhibitors.Add(exhibitor);
            foreach (var user in staff)
            {
                exhibitor.Staff.Add(new ExhibitorStaff { UserId = user.Id });
            }
            await db.SaveChangesAsync();
            return exhibitor.Id;
        });

    public static Task<List<Lead>> LeadsAsync(this SpaceBridgeFactory app, int exhibitorId) =>
        app.WithDbAsync(db => db.Leads.AsNoTracking().Where(l => l.ExhibitorId == exhibitorId).OrderBy(l => l.Id).ToListAsync());

    public static Task SetConsentAsync(this SpaceBridgeFactory app, int registrationId, bool consent) =>
        app.WithDbAsync(async db =>
        {
            await db.Registrations.Where(r => r.Id == registrationId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ConsentToExhibitors, consent));
            return 0;
        });
}
