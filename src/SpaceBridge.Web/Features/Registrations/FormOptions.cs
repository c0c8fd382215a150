using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>Choices shared by the registration and delegation forms, and mapping rule violations onto form fields.</summary>
public static class FormOptions
{
    public static async Task<List<SelectListItem>> CountriesAsync(AppDbContext db, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        var countries = await db.Countries.AsNoTracking().ToListAsync(ct);
        return countries.Select(c => new SelectListItem(c.Name.In(culture), c.Code))
            .OrderBy(i => i.Text, StringComparer.Create(culture, true)).ToList();
    }

    public static IEnumerable<ParticipantType> ParticipantTypes => Enum.GetValues<ParticipantType>();

    public static void AddErrors(ModelStateDictionary modelState, DomainValidationException ex, string prefix)
    {
        foreach (var (field, messages) in ex.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field is "EventId" or "Items" or "User" ? "" : $"{prefix}.{field}", message);
            }
        }
    }
}
