using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SpaceBridge.Web.Infrastructure.Pages;

/// <summary>
/// Bound page properties bind only from their own prefix (<c>Profile.DisplayName</c> for <c>Profile</c>). By
/// default a property whose prefix is absent from the request falls back to binding and validating with no prefix,
/// so on a page with two forms each form's post also validated the other form's model under unprefixed keys
/// (<c>CurrentPassword</c>) that no handler could tell apart, and a valid form did nothing.
/// </summary>
public sealed class OwnPrefixBinding : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        foreach (var property in model.HandlerProperties)
        {
            if (property.BindingInfo is { BinderModelName: null } binding && binding.BindingSource != BindingSource.Services)
            {
                binding.BinderModelName = property.PropertyName;
            }
        }
    }
}
