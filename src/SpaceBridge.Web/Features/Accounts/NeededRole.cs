namespace SpaceBridge.Web.Features.Accounts;

/// <summary>The role a refused page or endpoint asks for, named on the 403 page and in API problem details.</summary>
public enum NeededRole
{
    /// <summary>A platform administrator.</summary>
    Administrator,
    /// <summary>An organizer of the forum (of either co-host).</summary>
    ForumOrganizer,
    /// <summary>An organizer of the forum that holds this event.</summary>
    EventOrganizer,
    /// <summary>A person with an approved registration for this event.</summary>
    EventParticipant,
    /// <summary>Any role in the forum: organizer, delegate, exhibitor or press.</summary>
    ForumParticipant,
    /// <summary>An approved delegate of this organization in the forum, or one of the forum's organizers.</summary>
    OrganizationDelegate,
}
