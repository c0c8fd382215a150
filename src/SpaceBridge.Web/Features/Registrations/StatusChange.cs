namespace SpaceBridge.Web.Features.Registrations;

/// <summary>One registration moved from one status to another (From is null for a new registration).</summary>
public sealed record StatusChange(int RegistrationId, RegistrationStatus? From, RegistrationStatus To, bool Promoted = false);

public enum ReviewDecision { Approve, Reject, Waitlist }

/// <summary>One line of a review form: the registration and the version the organizer saw.</summary>
public sealed record ReviewItem(int RegistrationId, int Version);

/// <summary>
/// The outcome of a review. When <see cref="StaleIds"/> is not empty someone changed those registrations
/// after the form was loaded, and nothing was changed.
/// </summary>
public sealed record ReviewResult(IReadOnlyList<StatusChange> Changes, IReadOnlyList<int> StaleIds)
{
    public bool IsStale => StaleIds.Count > 0;
}
