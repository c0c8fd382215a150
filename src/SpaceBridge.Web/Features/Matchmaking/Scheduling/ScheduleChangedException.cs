namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>The database refused a schedule write because the schedule changed meanwhile; nothing was saved.</summary>
public sealed class ScheduleChangedException(string message, Exception? inner = null) : Exception(message, inner);
