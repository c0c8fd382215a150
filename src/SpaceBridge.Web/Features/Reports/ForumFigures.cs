using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Feedback;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Pipeline.FollowUp;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Features.Shared;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>
/// Computes a forum's figures from the live data: counting is done by the database (grouped queries), so the dashboard
/// stays quick with thousands of participants and tens of thousands of meetings. Every count passes through
/// <see cref="SmallCount"/>, and readers other than organizers see only public initiatives and adopted statements.
/// </summary>
public sealed class ForumFigures(AppDbContext db, TimeProvider clock)
{
    /// <summary>The forum's figures, or null for an unknown forum.</summary>
    /// <param name="exact">The reader is an organizer of the forum.</param>
    public async Task<ForumReport?> BuildAsync(int forumId, bool exact, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().Where(f => f.Id == forumId).Select(f => new { f.Id, f.Name.En, f.Name.Ko }).FirstOrDefaultAsync(ct);
        if (forum is null) return null;
        var events = await db.Events.AsNoTracking().Where(e => e.ForumId == forumId).Select(e => new { e.Id, e.TimeZoneId }).ToListAsync(ct);
        var eventIds = events.Select(e => e.Id).ToList();
        int? C(int n) => SmallCount.Visible(n, exact);
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);

        var registrations = db.Registrations.AsNoTracking().Where(r => eventIds.Contains(r.EventId));
        var byStatus = await registrations.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var approved = registrations.Where(r => r.Status == RegistrationStatus.Approved);
        var byType = await approved.GroupBy(r => r.ParticipantType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byCountry = await approved.GroupBy(r => r.CountryCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var checkIns = await db.CheckIns.AsNoTracking().Where(c => eventIds.Contains(c.EventId)).Select(c => new { c.EventId, c.AtUtc }).ToListAsync(ct);
        var zones = events.ToDictionary(e => e.Id, e => TimeZoneInfo.FindSystemTimeZoneById(e.TimeZoneId));
        var byHour = checkIns
            .Select(c => TimeZoneInfo.ConvertTimeFromUtc(c.AtUtc, zones[c.EventId]))
            .GroupBy(t => new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0))
            .OrderBy(g => g.Key)
            .Select(g => new ReportRow(g.Key.ToString("yyyy-MM-dd HH:00", CultureInfo.InvariantCulture), C(g.Count())))
            .ToList();
        var perSession = await db.SessionAttendances.AsNoTracking().Where(a => eventIds.Contains(a.Session.EventId))
            .GroupBy(a => a.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var sessionIds = perSession.Select(s => s.Key).ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Title.En, s.Title.Ko, s.StartsAtUtc }).ToListAsync(ct);

        var requests = db.MeetingRequests.AsNoTracking().Where(m => eventIds.Contains(m.EventId));
        var requested = await requests.CountAsync(ct);
        var accepted = await requests.CountAsync(m => m.Status == MeetingRequestStatus.Accepted, ct);
        var scheduled = db.ScheduledMeetings.AsNoTracking().Where(m => eventIds.Contains(m.EventId));
        var published = await scheduled.CountAsync(m => m.IsPublished, ct);
        var feedback = db.MeetingFeedback.AsNoTracking().Where(f => eventIds.Contains(f.ScheduledMeeting.EventId));
        var held = await feedback.Where(f => f.TookPlace).Select(f => f.ScheduledMeetingId).Distinct().CountAsync(ct);
        var outcomes = await feedback.GroupBy(f => new { f.TookPlace, f.Outcome }).Select(g => new { g.Key.TookPlace, g.Key.Outcome, Count = g.Count() }).ToListAsync(ct);

        var visible = db.Initiatives.AsNoTracking().Where(i => i.ForumId == forumId
            && (exact ? i.Visibility != InitiativeVisibility.PartiesOnly : i.Visibility == InitiativeVisibility.Public));
        var byStage = await visible.GroupBy(i => i.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var initiatives = await visible.OrderBy(i => i.Stage).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Title.En, i.Title.Ko, i.Kind, i.Stage, i.Visibility }).ToListAsync(ct);

        var topicNames = await ProfileTopics.NamesAsync(db, forumId, ct);
        var topicLists = await db.OrganizationProfiles.AsNoTracking().Where(p => p.ForumId == forumId).Select(p => p.TopicSlugs).ToListAsync(ct);
        var topics = topicLists.SelectMany(t => t.Distinct()).GroupBy(t => t).Select(g => (Slug: g.Key, Count: g.Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).Take(10).ToList();

        var pairCounts = await requests.Where(m => m.Status == MeetingRequestStatus.Accepted)
            .GroupBy(m => new { A = m.From.CountryCode, B = m.To.CountryCode }).Select(g => new { g.Key.A, g.Key.B, Count = g.Count() }).ToListAsync(ct);
        var pairs = pairCounts.Where(p => p.A != p.B)
            .GroupBy(p => string.CompareOrdinal(p.A, p.B) < 0 ? $"{p.A}–{p.B}" : $"{p.B}–{p.A}")
            .Select(g => (Pair: g.Key, Count: g.Sum(p => p.Count)))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Pair, StringComparer.Ordinal).Take(10).ToList();

        var survey = await db.SurveyAnswers.AsNoTracking().Where(a => eventIds.Contains(a.EventId))
            .GroupBy(a => a.Progress).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        // Queried from the clauses (a join, not a lateral subquery, which SQLite cannot run).
        var commitments = await db.Set<Clause>().AsNoTracking()
            .Where(c => c.Kind == ClauseKind.Commitment && c.Statement.ForumId == forumId && (exact || c.Statement.Status == StatementStatus.Adopted))
            .Select(c => new { TitleEn = c.Statement.Title.En, TitleKo = c.Statement.Title.Ko, c.Statement.Status, c.StatementId, c.Number, TextEn = c.Text.En, TextKo = c.Text.Ko,
                OwnerEn = c.OwnerOrganization != null ? c.OwnerOrganization.Name.En : null, OwnerKo = c.OwnerOrganization != null ? c.OwnerOrganization.Name.Ko : null,
                HasOwner = c.OwnerOrganizationId != null, c.DueDate })
            .ToListAsync(ct);

        static IEnumerable<TEnum> All<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>();
        BilingualText CountryName(string code) => countries.TryGetValue(code, out var n) ? n : new BilingualText(code, code);
        var sections = new List<ReportSection>
        {
            new("headline", "Report.Headline", ReportChart.Bars,
            [
                new("registrations", C(byStatus.Sum(s => s.Count)), "Report.Figure.Registrations"),
                new("approved", C(byStatus.Where(s => s.Key == RegistrationStatus.Approved).Sum(s => s.Count)), "Report.Figure.Approved"),
                new("checked-in", C(checkIns.Count), "Report.Figure.CheckedIn"),
                new("meetings-requested", C(requested), "Report.Figure.MeetingsRequested"),
                new("meetings-held", C(held), "Report.Figure.MeetingsHeld"),
                new("initiatives", C(initiatives.Count), "Report.Figure.Initiatives"),
            ]),
            new("registrations-status", "Report.RegistrationsByStatus", ReportChart.Bars,
                All<RegistrationStatus>().Select(s => new ReportRow(s.ToString(), C(byStatus.Where(x => x.Key == s).Sum(x => x.Count)), $"RegistrationStatus.{s}")).ToList()),
            new("registrations-type", "Report.RegistrationsByType", ReportChart.Bars,
                All<ParticipantType>().Select(t => new ReportRow(t.ToString(), C(byType.Where(x => x.Key == t).Sum(x => x.Count)), $"ParticipantType.{t}")).ToList()),
            new("registrations-country", "Report.RegistrationsByCountry", ReportChart.Bars,
                byCountry.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => new ReportRow(c.Key, C(c.Count), Name: CountryName(c.Key))).ToList()),
            new("check-ins-hour", "Report.CheckInsByHour", ReportChart.Line, byHour),
            new("check-ins-session", "Report.CheckInsBySession", ReportChart.Bars,
                sessions.OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
                    .Select(s => new ReportRow(s.Id.ToString(CultureInfo.InvariantCulture), C(perSession.Single(p => p.Key == s.Id).Count), Name: new BilingualText(s.En, s.Ko))).ToList()),
            new("meetings", "Report.Meetings", ReportChart.Bars,
            [
                new("requested", C(requested), "Report.Meetings.Requested"),
                new("accepted", C(accepted), "Report.Meetings.Accepted"),
                new("scheduled", C(published), "Report.Meetings.Scheduled"),
                new("held", C(held), "Report.Meetings.Held"),
            ]),
            new("feedback", "Report.Feedback", ReportChart.Bars,
                All<MeetingOutcome>().Select(o => new ReportRow(o.ToString(), C(outcomes.Where(x => x.TookPlace && x.Outcome == o).Sum(x => x.Count)), $"MeetingOutcome.{o}"))
                    .Append(new ReportRow("not-held", C(outcomes.Where(x => !x.TookPlace).Sum(x => x.Count)), "Report.Feedback.NotHeld")).ToList()),
            new("pipeline", "Report.PipelineByStage", ReportChart.Bars,
                All<InitiativeStage>().Select(s => new ReportRow(s.ToString(), C(byStage.Where(x => x.Key == s).Sum(x => x.Count)), $"InitiativeStage.{s}")).ToList()),
            new("topics", "Report.TopTopics", ReportChart.Bars,
                topics.Select(t => new ReportRow(t.Slug, C(t.Count), Name: topicNames.TryGetValue(t.Slug, out var n) ? n : new BilingualText(t.Slug, t.Slug))).ToList()),
            new("country-pairs", "Report.CountryPairs", ReportChart.Bars, pairs.Select(p => new ReportRow(p.Pair, C(p.Count))).ToList()),
            new("survey", "Report.Survey", ReportChart.Bars,
                All<CooperationProgress>().Select(p => new ReportRow(p.ToString(), C(survey.Where(x => x.Key == p).Sum(x => x.Count)), $"CooperationProgress.{p}")).ToList()),
        };
        return new ForumReport(forum.Id, new BilingualText(forum.En, forum.Ko), clock.GetUtcNow().UtcDateTime, exact, sections,
            initiatives.Select(i => new ReportInitiative(i.Id, new BilingualText(i.En, i.Ko), i.Kind.ToString(), i.Stage.ToString(), i.Visibility.ToString())).ToList(),
            commitments.OrderBy(c => c.StatementId).ThenBy(c => c.Number)
                .Select(c => new ReportCommitment(new BilingualText(c.TitleEn, c.TitleKo), c.Status.ToString(), c.Number, new BilingualText(c.TextEn, c.TextKo),
                    c.HasOwner ? new BilingualText(c.OwnerEn, c.OwnerKo) : null, c.DueDate)).ToList());
    }
}
