using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Badges;

/// <summary>What one printed badge shows. <see cref="BadgeToken"/> is the raw token; the QR carries it signed.</summary>
public sealed record BadgeCard(
    int RegistrationId,
    string? HangulName,
    string RomanizedName,
    string OrganizationName,
    string CountryCode,
    BilingualText CountryName,
    ParticipantType Type,
    BilingualText EventName,
    DateOnly StartDate,
    DateOnly EndDate,
    string BadgeToken);
