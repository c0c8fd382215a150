using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

public static class OpportunityForms
{
    /// <summary>Puts each broken rule beside its input (Input.{Field}); true when there was none.</summary>
    public static bool Accept(ModelStateDictionary state, IEnumerable<FieldProblem> problems, IStringLocalizer l, string prefix = "Input")
    {
        foreach (var p in problems)
        {
            var key = $"{prefix}.{p.Field}";
            // The binder's own message for a value it could not read ("The value '42' is not valid") is not localized: ours replaces it.
            if (state.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                entry.Errors.Clear();
            }
            state.AddModelError(key, l[p.MessageKey]);
        }
        return state.IsValid;
    }
}
