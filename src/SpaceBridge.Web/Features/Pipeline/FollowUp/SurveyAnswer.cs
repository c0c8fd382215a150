namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>Where the cooperation begun at the forum stands, in a participant's words.</summary>
public enum CooperationProgress { NoFurtherContact, InTouch, Negotiating, AgreementSigned, Implementing }

/// <summary>A participant's answer to an outcome survey (3 or 6 months after the event); one per participant and wave, the latest kept.</summary>
public class SurveyAnswer
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int Wave { get; set; }
    public int RegistrationId { get; set; }
    public CooperationProgress Progress { get; set; }
    public int? InitiativesStarted { get; set; }
    public string? Comment { get; set; }
    public DateTime AnsweredAtUtc { get; set; }
}
