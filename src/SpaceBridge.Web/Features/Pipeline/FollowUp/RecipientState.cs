namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// Pending until a node claims the recipient (Sending, with its claim), Sent once the mail went out. A Sending
/// recipient whose claim is older than the claim timeout belongs to a node that died mid-send and is claimed again.
/// </summary>
public enum RecipientState { Pending, Sending, Sent, Failed }
