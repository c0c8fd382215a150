namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

public enum ScheduleRunStatus { Queued, Running, Succeeded, Failed, Published }
