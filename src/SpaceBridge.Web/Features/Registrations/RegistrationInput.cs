using System.ComponentModel.DataAnnotations;
using SpaceBridge.Web.Features.Shared.Forms;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>The registration form's fields; the rules themselves live in <see cref="RegistrationRules"/>.</summary>
public sealed class RegistrationInput
{
    [Display(Name = "Registration.Field.HangulName")] public string? HangulName { get; set; }
    [RequiredInForm, Display(Name = "Registration.Field.RomanizedName")] public string? RomanizedName { get; set; }
    [Display(Name = "Registration.Field.Organization")] public string? OrganizationName { get; set; }
    /// <summary>The organization chosen on the form: an organization id, "new" to propose one, or empty for the typed name.</summary>
    public string? OrganizationChoice { get; set; }
    public string? OrganizationSearch { get; set; }
    /// <summary>Where the chosen organization's errors are shown.</summary>
    public int? OrganizationId { get; set; }
    [Display(Name = "OrgProposal.Field.NameEn")] public string? NewOrganizationNameEn { get; set; }
    [Display(Name = "OrgProposal.Field.NameKo")] public string? NewOrganizationNameKo { get; set; }
    [Display(Name = "OrgProposal.Field.Country")] public string? NewOrganizationCountryCode { get; set; }
    [Display(Name = "OrgProposal.Field.Website")] public string? NewOrganizationWebsite { get; set; }
    [RequiredInForm, Display(Name = "Registration.Field.Country")] public string? CountryCode { get; set; }
    [Display(Name = "Registration.Field.Position")] public string? Position { get; set; }
    [Display(Name = "Registration.Field.ParticipantType")] public ParticipantType ParticipantType { get; set; } = ParticipantType.Delegate;
    [Display(Name = "Registration.Field.DietaryNeeds")] public string? DietaryNeeds { get; set; }
    [Display(Name = "Registration.Field.AccessibilityNeeds")] public string? AccessibilityNeeds { get; set; }
    [Display(Name = "Registration.Field.NeedsInterpreter")] public bool NeedsInterpreter { get; set; }
    [Display(Name = "Registration.Field.InterpreterLanguage")] public string? InterpreterLanguage { get; set; }
    [Display(Name = "Interpreters.Field.MeetingLanguages")] public List<string> MeetingLanguages { get; set; } = [];
    [Display(Name = "Registration.Field.ConsentToDirectory")] public bool ConsentToDirectory { get; set; }
    [RequiredInForm, Display(Name = "Registration.Field.ConsentToProcessing")] public bool ConsentToProcessing { get; set; }
    [Display(Name = "Exhibition.Field.ConsentToExhibitors")] public bool ConsentToExhibitors { get; set; }

    public RegistrationDetails ToDetails() => new()
    {
        HangulName = HangulName, RomanizedName = RomanizedName ?? "", OrganizationName = OrganizationName ?? "", CountryCode = CountryCode ?? "",
        Position = Position, ParticipantType = ParticipantType, DietaryNeeds = DietaryNeeds, AccessibilityNeeds = AccessibilityNeeds,
        NeedsInterpreter = NeedsInterpreter, InterpreterLanguage = InterpreterLanguage, MeetingLanguages = MeetingLanguages, ConsentToDirectory = ConsentToDirectory,
        ConsentToProcessing = ConsentToProcessing, ConsentToExhibitors = ConsentToExhibitors,
        OrganizationId = int.TryParse(OrganizationChoice, out var organizationId) ? organizationId : null,
        NewOrganization = OrganizationChoice == "new"
            ? new Organizations.ProposedOrganization(new(NewOrganizationNameEn, NewOrganizationNameKo), NewOrganizationCountryCode, NewOrganizationWebsite)
            : null,
    };
}
