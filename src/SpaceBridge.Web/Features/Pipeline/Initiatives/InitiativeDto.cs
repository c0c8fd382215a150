using System.Globalization;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

public sealed record InitiativePartyDto(int OrganizationId, string Name, string CountryCode);

public sealed record InitiativeOriginDto(InitiativeOriginKind Kind, int? ReferenceId);

public sealed record InitiativeChangeDto(DateTime AtUtc, string By, string Field, string? OldValue, string? NewValue);

/// <summary>An initiative as the API shows it; <see cref="Version"/> is also its ETag.</summary>
public sealed record InitiativeDto(int Id, int ForumId, LocalizedText Title, InitiativeKind Kind, InitiativeStage Stage, CapabilityArea? Topic,
    decimal? Value, string? Currency, string? NextStep, DateOnly? NextStepDue, InitiativeVisibility Visibility,
    List<InitiativePartyDto> Parties, List<InitiativeOriginDto> Origins, DateTime CreatedAtUtc, DateTime LastChangedAtUtc, int Version,
    List<InitiativeChangeDto>? Timeline)
{
    public static InitiativeDto From(Initiative i, bool withTimeline) => new(i.Id, i.ForumId, i.Title.ToDto(), i.Kind, i.Stage, i.Topic,
        i.Value, i.Currency, i.NextStep, i.NextStepDue, i.Visibility,
        i.Parties.Select(p => new InitiativePartyDto(p.OrganizationId, p.Organization.Name.In(CultureInfo.CurrentUICulture), p.Organization.CountryCode)).ToList(),
        i.Origins.Select(o => new InitiativeOriginDto(o.Kind, o.ReferenceId)).ToList(), i.CreatedAtUtc, i.LastChangedAtUtc, i.Version,
        withTimeline ? i.Changes.OrderBy(c => c.AtUtc).ThenBy(c => c.Id).Select(c => new InitiativeChangeDto(c.AtUtc, c.UserName, c.Field, c.OldValue, c.NewValue)).ToList() : null);
}
