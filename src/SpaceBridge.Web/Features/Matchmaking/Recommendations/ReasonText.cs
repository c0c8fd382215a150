using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Matchmaking.Profiles;

namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

/// <summary>Writes a recommendation reason as a sentence from the localized templates and area names.</summary>
public sealed class ReasonText(IStringLocalizer<SharedResource> l, IReadOnlyDictionary<string, string> topicNames)
{
    public ReasonDto Describe(MatchReason reason)
    {
        var areas = string.Join(", ", reason.Areas.Select(a => AreaName(l, a)));
        var topics = string.Join(", ", reason.Topics.Select(t => topicNames.GetValueOrDefault(t, t)));
        var text = reason.Kind switch
        {
            MatchReasonKind.YouOfferTheyRequest => l["Recommendations.Reason.YouOfferTheyRequest", areas].Value,
            MatchReasonKind.TheyOfferYouRequest => l["Recommendations.Reason.TheyOfferYouRequest", areas].Value,
            MatchReasonKind.SharedTopics => l["Recommendations.Reason.SharedTopics", topics].Value,
            MatchReasonKind.SimilarText => l["Recommendations.Reason.SimilarText"].Value,
            _ => l["Recommendations.Reason.CrossCountry"].Value,
        };
        return new ReasonDto(reason.Kind, reason.Areas, reason.Topics, text);
    }

    public static string AreaName(IStringLocalizer l, CapabilityArea area) => l[$"CapabilityArea.{area}"].Value;
}
