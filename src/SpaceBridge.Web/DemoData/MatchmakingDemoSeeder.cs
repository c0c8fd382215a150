using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Interpreters;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.DemoData;

/// <summary>
/// Loads the matchmaking demo into the demo forum: the invented organizations of <see cref="FictionalOrganizations"/>
/// with profiles and opportunities, one approved delegate each for the 8 Nov symposium, some meeting requests
/// between them, and the symposium's matchmaking settings, tables and booths. Delegates list the languages they meet in
/// (<see cref="MeetingLanguages"/>: some Korean and Mexican delegates speak only their own language) and the symposium
/// has interpreters for Korean-English and Korean-Spanish meetings, one of each per slot. Runs once (skipped when the forum
/// already has profiles), in one transaction.
/// </summary>
public static class MatchmakingDemoSeeder
{
    public const int TableCount = 12;

    public static async Task<bool> SeedAsync(AppDbContext db, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var forum = await db.Forums.SingleOrDefaultAsync(f => f.Slug == DemoForumSeeder.ForumSlug, cancellationToken);
        if (forum is null || await db.OrganizationProfiles.AnyAsync(p => p.ForumId == forum.Id, cancellationToken))
        {
            return false;
        }
        var day1 = await db.Events.SingleAsync(e => e.ForumId == forum.Id && e.Slug == DemoForumSeeder.Day1Slug, cancellationToken);

        var delegates = new List<(FictionalOrganization Source, Organization Org, Registration Delegate)>();
        foreach (var source in FictionalOrganizations.All)
        {
            var org = new Organization
            {
                Name = new(source.NameEn, source.NameKo),
                Kind = source.Kind,
                CountryCode = source.CountryCode,
            };
            db.Organizations.Add(org);
            db.OrganizationProfiles.Add(Profile(forum.Id, org, source, nowUtc));
            db.Opportunities.AddRange(Opportunities(forum.Id, org, source, nowUtc));
            var registration = Delegate(day1.Id, org, source, nowUtc);
            registration.MeetingLanguages = MeetingLanguages(source, delegates.Count(d => d.Source.CountryCode == source.CountryCode));
            db.Registrations.Add(registration);
            delegates.Add((source, org, registration));
        }

        db.MeetingRequests.AddRange(Requests(day1.Id, delegates, nowUtc));
        List<MeetingBlock> blocks = [new MeetingBlock(day1.StartDate, new TimeOnly(13, 30), new TimeOnly(16, 30))];
        db.MeetingSlots.AddRange(MeetingSlotPlanner.Plan(day1, 20, blocks));
        db.MatchmakingSettings.Add(new MatchmakingSettings
        {
            EventId = day1.Id,
            SlotMinutes = 20,
            Blocks = blocks,
            // Open from before the symposium with no closing time, so the demo takes requests on first run.
            RequestsOpenUtc = new DateTime(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            RequestsCloseUtc = null,
        });
        db.Set<EventInterpreterPool>().AddRange(
            new EventInterpreterPool { EventId = day1.Id, LanguageA = "ko", LanguageB = "en", Count = 1, Version = 1 },
            new EventInterpreterPool { EventId = day1.Id, LanguageA = "ko", LanguageB = "es", Count = 1, Version = 1 });
        for (var i = 1; i <= TableCount; i++)
        {
            db.MeetingLocations.Add(new MeetingLocation { EventId = day1.Id, Name = $"T{i}", Kind = MeetingLocationKind.Table });
        }
        // Table and booth names as the settings editor writes them (T1..Tn, "Booth" and the exhibitor's name).
        foreach (var (source, org, _) in delegates.Where(d => d.Source.Exhibitor))
        {
            db.MeetingLocations.Add(new MeetingLocation
            {
                EventId = day1.Id,
                Name = $"Booth {source.NameEn}",
                Kind = MeetingLocationKind.Booth,
                Organization = org,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static OrganizationProfile Profile(int forumId, Organization org, FictionalOrganization s, DateTime nowUtc)
    {
        var caps = s.Capabilities.Select(AreaPhrases.Of).ToList();
        var needs = s.Needs.Select(AreaPhrases.Of).ToList();
        static string Join(IEnumerable<string?> parts, string and) =>
            parts.Select(p => p ?? "").ToList() is var list && list.Count > 1 ? string.Join(", ", list[..^1]) + and + list[^1] : list.Single();
        var countryEn = CountryNameEn(s.CountryCode);
        return new OrganizationProfile
        {
            ForumId = forumId,
            Organization = org,
            Description = new(
                $"{s.NameEn} is an invented {KindEn(s.Kind)} from {countryEn}, made up for the SpaceBridge demo. "
                + $"It works in {Join(caps.Select(c => c.En), " and ")}.",
                $"{s.NameKo}은(는) SpaceBridge 시연을 위해 만든 가상의 {KindKo(s.Kind)}입니다. "
                + $"주요 분야는 {Join(caps.Select(c => c.Ko), ", ")}입니다."),
            LooksFor = new(
                $"Partners in {Join(needs.Select(n => n.En), " and ")}, preferably from another country.",
                $"{Join(needs.Select(n => n.Ko), ", ")} 분야의 협력 상대(가능하면 해외 기관)를 찾습니다."),
            Capabilities = [.. s.Capabilities],
            Needs = [.. s.Needs],
            TopicSlugs = [.. s.Topics],
            InvolvesUsExportControlledItems = s.Itar,
            InvolvesKoreanStrategicItems = s.KoreanStrategic,
            UpdatedAtUtc = nowUtc,
        };
    }

    private static IEnumerable<Opportunity> Opportunities(int forumId, Organization org, FictionalOrganization s, DateTime nowUtc)
    {
        // 1 to 3 per organization: an offer from its main capability, a request from its main need, and
        // for every other organization a second offer.
        var index = FictionalOrganizations.All.ToList().IndexOf(s);
        var offerKinds = new[] { OpportunityKind.Supply, OpportunityKind.Partnership, OpportunityKind.JointResearch };
        var requestKinds = new[] { OpportunityKind.Partnership, OpportunityKind.Procurement, OpportunityKind.Investment, OpportunityKind.JointResearch, OpportunityKind.Supply };
        var offerKind = s.Capabilities[0] == CapabilityArea.FinanceAndInvestment ? OpportunityKind.Investment : offerKinds[index % offerKinds.Length];
        yield return OpportunityText.Create(forumId, org, s, OpportunityDirection.Offer, offerKind, [s.Capabilities[0]], nowUtc);
        if (index % 4 != 3)
        {
            yield return OpportunityText.Create(forumId, org, s, OpportunityDirection.Request, requestKinds[index % requestKinds.Length], [s.Needs[0]], nowUtc);
        }
        if (index % 2 == 0 && s.Capabilities.Length > 1)
        {
            yield return OpportunityText.Create(forumId, org, s, OpportunityDirection.Offer, OpportunityKind.Partnership, [s.Capabilities[1]], nowUtc);
        }
    }

    private static Registration Delegate(int eventId, Organization org, FictionalOrganization s, DateTime nowUtc) => new()
    {
        EventId = eventId,
        Email = $"delegate@{s.Key}.example",
        RomanizedName = s.Delegate,
        HangulName = s.DelegateHangul,
        OrganizationName = s.NameEn,
        Organization = org,
        CountryCode = s.CountryCode,
        Position = s.Position,
        ParticipantType = s.Exhibitor ? ParticipantType.Exhibitor : ParticipantType.Delegate,
        ConsentToDirectory = true,
        ConsentToProcessing = true,
        ConsentedAtUtc = nowUtc,
        Status = RegistrationStatus.Approved,
        SubmittedAtUtc = nowUtc,
        StatusChangedAtUtc = nowUtc,
        BadgeToken = BadgeTokens.New(),
    };

    /// <summary>
    /// The languages a delegate meets in, by country and by their place among that country's delegates: every other Korean
    /// delegate speaks only Korean and every other Mexican only Spanish, so some accepted meetings need an interpreter (and
    /// a Spanish-only delegate meeting an English-only one finds no Spanish-English interpreter at the symposium).
    /// </summary>
    public static List<string> MeetingLanguages(FictionalOrganization s, int indexInCountry) => s.CountryCode switch
    {
        "KR" => indexInCountry % 2 == 1 ? ["ko"] : ["ko", "en"],
        "MX" => indexInCountry % 2 == 1 ? ["es"] : ["es", "en"],
        _ => ["en"],
    };

    /// <summary>
    /// Every other organization asks the first partner of another country that offers what it needs; every third is accepted,
    /// one in four marked must-meet by its requester and one in four optional.
    /// </summary>
    private static IEnumerable<MeetingRequest> Requests(int eventId,
        List<(FictionalOrganization Source, Organization Org, Registration Delegate)> delegates, DateTime nowUtc)
    {
        var asked = new HashSet<(int From, int To)>();
        var n = 0;
        for (var i = 0; i < delegates.Count; i += 2)
        {
            var from = delegates[i].Source;
            var j = delegates.FindIndex(d => d.Source.CountryCode != from.CountryCode
                && d.Source.Capabilities.Intersect(from.Needs).Any());
            if (j < 0 || asked.Contains((j, i)))
            {
                continue;
            }
            asked.Add((i, j));
            var accepted = n % 3 == 0;
            // A quarter of the requesters mark their request must-meet, a quarter optional: the run page reports must-meet ones apart.
            var mark = (n++ % 4) switch { 1 => MeetingMark.MustMeet, 3 => MeetingMark.Optional, _ => MeetingMark.Meet };
            var area = AreaPhrases.Of(from.Needs.Intersect(delegates[j].Source.Capabilities).First());
            yield return new MeetingRequest
            {
                EventId = eventId,
                From = delegates[i].Delegate,
                To = delegates[j].Delegate,
                Message = $"We would like to talk about {area.En}. (demo message)",
                FromMark = mark,
                Status = accepted ? MeetingRequestStatus.Accepted : MeetingRequestStatus.Pending,
                CreatedAtUtc = nowUtc,
                RespondedAtUtc = accepted ? nowUtc : null,
                ExpiresAtUtc = nowUtc.AddDays(7),
            };
        }
    }

    private static string CountryNameEn(string code) => code switch
    {
        "KR" => "Korea", "US" => "the United States", "TH" => "Thailand", "MY" => "Malaysia", "MX" => "Mexico", _ => code,
    };

    private static string KindEn(OrganizationKind kind) => kind switch
    {
        OrganizationKind.ResearchInstitute => "research institute",
        OrganizationKind.University => "university",
        OrganizationKind.Association => "association",
        _ => "company",
    };

    private static string KindKo(OrganizationKind kind) => kind switch
    {
        OrganizationKind.ResearchInstitute => "연구기관",
        OrganizationKind.University => "대학",
        OrganizationKind.Association => "단체",
        _ => "기업",
    };
}
