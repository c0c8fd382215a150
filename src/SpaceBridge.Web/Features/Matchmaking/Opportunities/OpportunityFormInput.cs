using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Shared.Forms;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>The opportunity form's fields; the rules live in <see cref="OpportunityRules"/>.</summary>
public sealed class OpportunityFormInput
{
    [RequiredInForm] public OpportunityDirection? Direction { get; set; }
    [RequiredInForm] public OpportunityKind? Kind { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleKo { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionKo { get; set; }
    [RequiredInForm] public List<CapabilityArea> Areas { get; set; } = [];

    public OpportunityDraft ToDraft() => new(Direction, Kind, TitleEn, TitleKo, DescriptionEn, DescriptionKo, Areas);

    public static OpportunityFormInput From(Opportunity o) => new()
    {
        Direction = o.Direction, Kind = o.Kind, TitleEn = o.Title.En, TitleKo = o.Title.Ko,
        DescriptionEn = o.Description.En, DescriptionKo = o.Description.Ko, Areas = [.. o.Areas],
    };
}
