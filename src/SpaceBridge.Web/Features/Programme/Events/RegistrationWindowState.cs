namespace SpaceBridge.Web.Features.Programme.Events;

public enum RegistrationWindowState { NotYetOpen, Open, Closed }
