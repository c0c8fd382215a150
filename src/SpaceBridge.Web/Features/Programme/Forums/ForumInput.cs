using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>A forum as organizers write it: bilingual name and description, its co-hosts and languages ("en", "ko").</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ForumInput(
    [property: Required] string Slug,
    [property: Required] LocalizedText Name,
    LocalizedText? Description,
    [property: Required] string City,
    [property: Required] string TimeZone,
    [property: DistinctItems] IReadOnlyList<int>? HostOrganizationIds,
    [property: DistinctItems] IReadOnlyList<string>? Languages);
