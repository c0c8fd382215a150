namespace SpaceBridge.Web.Features.Programme.Sessions;

public enum SessionRole { Speaker, Moderator, Panelist }
