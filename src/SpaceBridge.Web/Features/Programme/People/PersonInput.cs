using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.People;

/// <summary>
/// A person as organizers write them: the romanized name as they write it, the Hangul name (family name first) when
/// they have one, whether the romanized name puts the family name first, title (position) and short bio in both
/// languages, their organization (affiliation) and country (ISO 3166-1 alpha-2).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PersonInput(
    [property: Required] string RomanizedName,
    string? HangulName,
    bool FamilyNameFirst,
    LocalizedText? Position,
    int? OrganizationId,
    string? CountryCode,
    LocalizedText? Bio);
