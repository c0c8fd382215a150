using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;

namespace SpaceBridge.Web.Pages.Matchmaking.Opportunities;

public static class OpportunityForms
{
    /// <summary>Puts each broken rule beside its input (Input.{Field}); true when there was none.</summary>
    public static bool Accept(ModelStateDictionary state, IEnumerable<FieldProblem> problems, IStringLocalizer l, string prefix = "Input")
    {
        foreach (var p in problems)
        {
            state.AddModelError($"{prefix}.{p.Field}", l[p.MessageKey]);
        }
        return state.IsValid;
    }
}
