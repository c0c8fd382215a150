namespace SpaceBridge.Web.Features.Programme.Events;

public enum HostRole { Host, CoHost, CoOrganizer, Partner }
