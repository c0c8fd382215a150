namespace SpaceBridge.Web.Features.Programme.Events;

public enum EventSection { Overview, Agenda, Speakers, Organizations, Exhibition }

/// <summary>Model of the _EventNav partial: the event's title block and its section links.</summary>
public sealed record EventNav(int EventId, string EventName, EventSection Current);
