using Quartz;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>
/// Sends the invitations of registrations made for other people (job data: their ids), on whichever node of the cluster
/// is free, after the request that made them has committed. The job asks for recovery: when its node dies half-way,
/// another node runs it again, so an invitation is sent at least once (a few may then arrive twice).
/// </summary>
public sealed class InvitationJob(RegistrationInvitations invitations) : IJob
{
    public const string RegistrationIds = "registrationIds";
    public const string Group = "registration-invitations";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var ids = (context.MergedJobDataMap.GetString(RegistrationIds) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        await invitations.SendAsync(ids, cancellationToken);
    }
}
