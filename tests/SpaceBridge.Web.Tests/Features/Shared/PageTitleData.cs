using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Shared;

/// <summary>
/// Something real behind every route parameter of the pages: the demo forum's first event, a session, an organization,
/// a delegate with an approved registration and a scheduled meeting, an opportunity, a finished schedule run.
/// </summary>
public sealed partial class PageTitleData
{
    public required TestUser Delegate { get; init; }
    public required TestUser Organizer { get; init; }
    public int ForumId { get; private init; }
    public int EventId { get; private init; }
    public int SessionId { get; private init; }
    public int OrganizationId { get; private init; }
    public int PersonId { get; private init; }
    public int MeetingId { get; private init; }
    public int OpportunityId { get; private init; }
    public int RunId { get; private init; }
    /// <summary>An e-mail batch of the demo forum.</summary>
    public int BatchId { get; private init; }
    /// <summary>A demo exhibitor with the delegate on its staff.</summary>
    public int ExhibitorId { get; private init; }
    public int RegistrationId { get; private init; }
    public int StatementId { get; private init; }
    public int NewsItemId { get; private init; }
    public int InitiativeId { get; private init; }
    public string SurveyToken { get; private init; } = "";

    public static async Task<PageTitleData> CreateAsync(SpaceBridgeFactory factory)
    {
        var organizer = await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer));
        var delegate_ = await factory.CreateUserAsync(new TestForumRole(ForumRole.Delegate));
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        var own = await factory.RegisterAsync(eventId, "Title Tester", "제목 시험", userId: delegate_.Id);
        var other = await factory.RegisterAsync(eventId, "Title Partner", country: "US", organization: "Pacific Launch Systems");
        return await factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Id == eventId);
            var organizationId = await db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            var start = new DateTime(2023, 11, 8, 5, 0, 0, DateTimeKind.Utc);
            var meeting = new ScheduledMeeting
            {
                EventId = eventId,
                MeetingRequest = new MeetingRequest
                {
                    EventId = eventId, FromRegistrationId = own.Id, ToRegistrationId = other.Id, Status = MeetingRequestStatus.Accepted,
                    CreatedAtUtc = start.AddDays(-10), ExpiresAtUtc = start.AddDays(-3),
                },
                Slot = new MeetingSlot { EventId = eventId, Index = 1, StartsAtUtc = start, EndsAtUtc = start.AddMinutes(20) },
                Location = new MeetingLocation { EventId = eventId, Name = "T1" },
                IsPublished = true,
            };
            var opportunity = new Opportunity
            {
                ForumId = ev.ForumId, OrganizationId = organizationId, Direction = OpportunityDirection.Offer, Kind = OpportunityKind.Partnership,
                Title = new("Ground station time", "지상국 사용 시간"), Description = new("Passes over Korea.", "한반도 상공 통과."),
                Areas = [CapabilityArea.GroundSegment], CreatedAtUtc = start,
            };
            // A run that has already ended, so the background worker leaves it alone.
            var run = new ScheduleRun
            {
                EventId = eventId, Kind = ScheduleRunKind.Full, Status = ScheduleRunStatus.Failed, Phase = "Failed", Progress = 1,
                RequestedByUserId = organizer.Id, CreatedAtUtc = start, FinishedAtUtc = start, Error = "No meeting slots.",
            };
            db.ScheduledMeetings.Add(meeting);
            db.Opportunities.Add(opportunity);
            db.ScheduleRuns.Add(run);
            var batch = new SpaceBridge.Web.Features.Pipeline.FollowUp.EmailBatch
            {
                ForumId = ev.ForumId, Key = $"page-titles:{Guid.NewGuid():N}", Kind = SpaceBridge.Web.Features.Pipeline.FollowUp.EmailBatchKind.Announcement,
                Subject = "Dinner moved / 만찬 시간 변경", Body = "The dinner starts at 19:00.", CreatedAtUtc = start, CompletedAtUtc = start,
            };
            db.EmailBatches.Add(batch);
            var exhibitor = await db.Exhibitors.Where(x => x.EventId == eventId).OrderBy(x => x.Id).FirstAsync();
            db.ExhibitorStaff.Add(new Web.Features.Exhibition.ExhibitorStaff { ExhibitorId = exhibitor.Id, UserId = delegate_.Id });
            await db.SaveChangesAsync();
            return new PageTitleData
            {
                Delegate = delegate_,
                Organizer = organizer,
                ForumId = ev.ForumId,
                EventId = eventId,
                SessionId = await db.Sessions.Where(s => s.EventId == eventId).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
                OrganizationId = organizationId,
                PersonId = await db.People.Where(p => p.ForumId == ev.ForumId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
                MeetingId = meeting.Id,
                OpportunityId = opportunity.Id,
                RunId = run.Id,
                BatchId = batch.Id,
                ExhibitorId = exhibitor.Id,
                RegistrationId = own.Id,
                StatementId = await db.Set<SpaceBridge.Web.Features.Statements.JointStatement>()
                    .Where(s => s.Status == SpaceBridge.Web.Features.Statements.StatementStatus.Adopted).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
                NewsItemId = await db.Set<SpaceBridge.Web.Features.News.NewsItem>().OrderBy(n => n.Id).Select(n => n.Id).FirstAsync(),
                InitiativeId = await db.Initiatives.Where(i => i.Visibility == SpaceBridge.Web.Features.Pipeline.Initiatives.InitiativeVisibility.Public)
                    .OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
                SurveyToken = Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Protect(
                    Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                        .GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(factory.Services)
                        .CreateProtector("SpaceBridge.Pipeline.OutcomeSurvey"), $"{eventId}.3.{own.Id}"),
            };
        });
    }

    /// <summary>The URL of a page's route pattern with every parameter filled; an unknown parameter fails with its name.</summary>
    public string Fill(string pattern) => Parameter().Replace(pattern, match =>
    {
        var name = match.Groups["name"].Value;
        var before = pattern[..match.Index].TrimEnd('/');
        var segment = before[(before.LastIndexOf('/') + 1)..];
        return (name, segment) switch
        {
            ("eventId", _) or ("id", "events") => EventId.ToString(),
            ("forumId", _) => ForumId.ToString(),
            ("sessionId", _) or ("id", "sessions") => SessionId.ToString(),
            ("organizationId", _) => OrganizationId.ToString(),
            ("personId", _) => PersonId.ToString(),
            ("meetingId", _) => MeetingId.ToString(),
            ("opportunityId", _) => OpportunityId.ToString(),
            ("runId", _) => RunId.ToString(),
            ("batchId", _) => BatchId.ToString(),
            ("exhibitorId", _) => ExhibitorId.ToString(),
            ("registrationId", _) => RegistrationId.ToString(),
            ("statementId", _) or ("id", "statements") => StatementId.ToString(),
            ("itemId", "write") => "",
            ("itemId", _) => NewsItemId.ToString(),
            ("id", "initiatives") => InitiativeId.ToString(),
            ("token", "outcome") => Uri.EscapeDataString(SurveyToken),
            ("code", "status") => "404",
            _ => throw new Xunit.Sdk.XunitException($"No value for {{{name}}} in {pattern}: teach PageTitleData.Fill one."),
        };
    });

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
