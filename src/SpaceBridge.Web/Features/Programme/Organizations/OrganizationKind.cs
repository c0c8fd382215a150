namespace SpaceBridge.Web.Features.Programme.Organizations;

public enum OrganizationKind
{
    GovernmentAgency,
    Company,
    ResearchInstitute,
    University,
    Association,
    Media,
}
