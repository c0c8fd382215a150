namespace SpaceBridge.Web.Features.Registrations;

public enum ParticipantType { Government, Delegate, Speaker, Exhibitor, Press, Organizer, Guest }
