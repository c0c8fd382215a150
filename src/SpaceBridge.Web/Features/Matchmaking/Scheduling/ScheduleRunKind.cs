namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

public enum ScheduleRunKind { Full, Repair }
