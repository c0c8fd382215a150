using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>The initiative form of the pages; <see cref="Version"/> is the version the form was read at.</summary>
public sealed class InitiativeForm
{
    public string? TitleEn { get; set; }
    public string? TitleKo { get; set; }
    public InitiativeKind Kind { get; set; } = InitiativeKind.MoU;
    public InitiativeStage Stage { get; set; } = InitiativeStage.Exploring;
    public CapabilityArea? Topic { get; set; }
    public decimal? Value { get; set; }
    public string? Currency { get; set; }
    public string? NextStep { get; set; }
    public DateOnly? NextStepDue { get; set; }
    public InitiativeVisibility Visibility { get; set; } = InitiativeVisibility.Organizers;
    public int Version { get; set; }

    public InitiativeFields ToFields() =>
        new(TitleEn, TitleKo, Kind, Stage, Topic, Value, Currency?.Trim().ToUpperInvariant() is { Length: > 0 } c ? c : null, NextStep, NextStepDue, Visibility);

    public static InitiativeForm From(Initiative i) => new()
    {
        TitleEn = i.Title.En, TitleKo = i.Title.Ko, Kind = i.Kind, Stage = i.Stage, Topic = i.Topic, Value = i.Value, Currency = i.Currency,
        NextStep = i.NextStep, NextStepDue = i.NextStepDue, Visibility = i.Visibility, Version = i.Version,
    };

    /// <summary>Puts a refused write's messages beside the form's fields (prefixed by the form's name).</summary>
    public static void AddErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string prefix, DomainValidationException ex)
    {
        foreach (var (field, messages) in ex.Errors)
        {
            foreach (var message in messages)
            {
                state.AddModelError(field == "PartyOrganizationIds" || field == "OriginReferenceId" ? "" : $"{prefix}.{field}", message);
            }
        }
    }
}
