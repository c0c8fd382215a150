namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

public enum EmailBatchKind { Announcement, OutcomeSurvey, StaleInitiativeReminder }
