namespace SpaceBridge.Web.Features.Registrations.Organizations;

public enum ProposalStatus
{
    Pending,
    Approved,
    Merged,
}
