namespace SpaceBridge.Web.Features.Accounts.Roles;

/// <summary>The part a user plays in one forum.</summary>
public enum ForumRole { Organizer, Delegate, Exhibitor, Press }
