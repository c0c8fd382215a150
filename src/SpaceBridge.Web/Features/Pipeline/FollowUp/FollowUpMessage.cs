using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Features.Shared.Forms;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// What an organizer writes on the compose page: the audience, and subject and Markdown body in both languages.
/// <see cref="Token"/> is drawn when the form is first shown and names the batch it sends, so sending the same form twice
/// (a double click, a resubmit after going back) finds the batch already made.
/// </summary>
public sealed class FollowUpMessage
{
    public const int SubjectLength = 95;
    public const int BodyLength = 4900;

    [RequiredInForm] public FollowUpAudience? Audience { get; set; }
    public int? EventId { get; set; }
    public RegistrationStatus? Status { get; set; } = RegistrationStatus.Approved;
    [RequiredInForm] public string? SubjectEn { get; set; }
    [RequiredInForm] public string? SubjectKo { get; set; }
    [RequiredInForm] public string? BodyEn { get; set; }
    [RequiredInForm] public string? BodyKo { get; set; }
    public string? Token { get; set; }
    /// <summary>The recipient count the organizer saw on the preview; sending is refused when the audience has changed since.</summary>
    public int? PreviewedCount { get; set; }

    // Methods, not properties: model validation reads every property, also of a message still missing its texts.

    /// <summary>The mail's subject: both languages, English first, as the follow-up mails write them.</summary>
    public string MailSubject() => $"{SubjectEn?.Trim()} / {SubjectKo?.Trim()}";

    /// <summary>The mail's Markdown body: the English text, a rule, the Korean text.</summary>
    public string MailBody() => $"{BodyEn?.Trim()}\n\n---\n\n{BodyKo?.Trim()}";
}
