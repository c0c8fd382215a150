using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.Organizations;

/// <summary>An organization as organizers write it: bilingual name, acronym, kind, country (ISO 3166-1 alpha-2), website.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrganizationInput(
    [property: Required] LocalizedText Name,
    string? Acronym,
    [property: JsonRequired] OrganizationKind Kind,
    [property: Required] string CountryCode,
    string? Website);
