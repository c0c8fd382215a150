using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Features.Matchmaking.Profiles;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>The fields of an initiative its parties write (creating or updating).</summary>
public sealed record InitiativeFields(
    [property: StringLength(200)] string? TitleEn,
    [property: StringLength(200)] string? TitleKo,
    [property: JsonRequired] InitiativeKind Kind,
    [property: JsonRequired] InitiativeStage Stage,
    CapabilityArea? Topic,
    [property: Range(typeof(decimal), "0", "1000000000000")] decimal? Value,
    [property: StringLength(3)] string? Currency,
    [property: StringLength(500)] string? NextStep,
    DateOnly? NextStepDue,
    [property: JsonRequired] InitiativeVisibility Visibility);

/// <summary>A new initiative: its fields, its parties (organization ids, two or more, of at least two countries) and where it came from.</summary>
public sealed record NewInitiative(
    [property: JsonRequired] InitiativeFields Fields,
    [property: JsonRequired] List<int> PartyOrganizationIds,
    InitiativeOriginKind? OriginKind,
    int? OriginReferenceId);
