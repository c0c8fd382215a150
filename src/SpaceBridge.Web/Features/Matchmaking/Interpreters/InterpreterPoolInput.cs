using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

/// <summary>A pool as the form and the API give it: two language codes and how many interpreters are free per slot.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class InterpreterPoolInput
{
    [Display(Name = "Interpreters.Field.LanguageA")] public string? LanguageA { get; set; }
    [Display(Name = "Interpreters.Field.LanguageB")] public string? LanguageB { get; set; }
    [Display(Name = "Interpreters.Field.Count")] public int? Count { get; set; }
}
