using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.DemoData;

/// <summary>
/// Loads "Korea Space Forum 2023": the facts of the MSIT press release of 8 Nov 2023 (KOGL Type 1)
/// and the public record of the event, described in our own words. Session times and room names
/// are not in the record; the demo uses indicative ones and says so on the site.
/// </summary>
public static class DemoForumSeeder
{
    public const string ForumSlug = "korea-space-forum-2023";
    public const string Day1Slug = "rok-us-space-industry-symposium";
    public const string Day2Slug = "korea-emerging-space-countries-symposium";
    private const string SeoulZone = "Asia/Seoul";
    /// <summary>The 2023 events took registrations until the day before (Seoul time); their window has long closed.</summary>
    public static readonly DateTime RegistrationOpens = new(2023, 9, 30, 15, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime RegistrationCloses = new(2023, 11, 6, 15, 0, 0, DateTimeKind.Utc);

    public static async Task<bool> SeedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Forums.AnyAsync(cancellationToken))
        {
            return false;
        }

        // The full list comes from the culture data; the forum's own countries carry the names protocol uses.
        await CountryList.SyncAsync(db, cancellationToken);
        foreach (var country in Countries().Values)
        {
            (await db.Countries.FindAsync([country.Code], cancellationToken))!.Name = country.Name;
        }
        var orgs = Organizations();
        db.Organizations.AddRange(orgs.Values);
        var people = People(orgs);
        db.People.AddRange(people.Values);

        var forum = new Forum
        {
            Slug = ForumSlug,
            City = "Seoul",
            TimeZoneId = SeoulZone,
            Name = new("Korea Space Forum 2023", "코리아 스페이스 포럼 2023"),
            Description = new(
                "Two days in Seoul where governments and space companies of Korea, the United States and emerging space nations compare policy and look for partners.",
                "한국, 미국, 신흥 우주국의 정부와 우주기업이 서울에 모여 정책을 공유하고 협력 상대를 찾는 이틀간의 행사입니다."),
            SourceCredit = "Event facts from the press release of the Ministry of Science and ICT of 8 November 2023, "
                + "used under the Korea Open Government License (KOGL) Type 1: source indication. Descriptions are written for this site; "
                + "session times and room names are indicative.",
        };

        var mayfield = new Venue
        {
            City = "Seoul",
            Name = new("Mayfield Hotel Seoul", "메이필드호텔 서울"),
            Address = new("Gangseo-gu, Seoul", "서울특별시 강서구"),
        };
        var mainHall = new Room { Venue = mayfield, Name = new("Main hall", "메인 홀") };
        var exhibitionHall = new Room { Venue = mayfield, Name = new("Exhibition area", "전시장") };
        var meetingRoom = new Room { Venue = mayfield, Name = new("Meeting room", "회의실") };
        var banquetHall = new Room { Venue = mayfield, Name = new("Banquet hall", "연회장") };
        mayfield.Rooms.AddRange([mainHall, exhibitionHall, meetingRoom, banquetHall]);

        var day1 = new Event
        {
            Forum = forum,
            Slug = Day1Slug,
            TimeZoneId = SeoulZone,
            StartDate = new DateOnly(2023, 11, 8),
            EndDate = new DateOnly(2023, 11, 8),
            Venue = mayfield,
            Published = true,
            RegistrationOpensAtUtc = RegistrationOpens,
            RegistrationClosesAtUtc = RegistrationCloses,
            Name = new("ROK-US Space Industry Symposium", "한미 우주산업 심포지엄"),
            Description = new(
                "Marking 70 years of the ROK-US alliance, the two governments brief each other on space policy and regulation, "
                + "and companies of both countries discuss joint work in four panels, at exhibition booths and over dinner. "
                + "It follows up the 3rd ROK-US Civil Space Dialogue (December 2022) and the Leaders' Joint Statement of April 2023; "
                + "both governments adopted a joint statement at its close.",
                "한미동맹 70주년을 맞아 양국 정부가 우주 정책과 규제를 소개하고, 양국 기업이 네 개의 패널 토론, 전시 부스, 만찬에서 협력 방안을 논의합니다. "
                + "제3차 한미 민간우주대화(2022년 12월)와 2023년 4월 한미 정상 공동성명의 후속 행사이며, 폐회 때 양국 정부가 공동성명을 채택했습니다."),
        };
        day1.Hosts.Add(new EventHost { Organization = orgs["MSIT"], Role = HostRole.Host });
        day1.Hosts.Add(new EventHost { Organization = orgs["DOC"], Role = HostRole.CoOrganizer });

        var day2 = new Event
        {
            Forum = forum,
            Slug = Day2Slug,
            TimeZoneId = SeoulZone,
            StartDate = new DateOnly(2023, 11, 9),
            EndDate = new DateOnly(2023, 11, 9),
            Published = true,
            RegistrationOpensAtUtc = RegistrationOpens,
            RegistrationClosesAtUtc = RegistrationCloses,
            Name = new("Korea-Emerging Space Countries Symposium", "한-신흥 우주국 심포지엄"),
            Description = new(
                "A keynote on the new space economy, then Thailand, Malaysia and Mexico present where their space programmes stand and where they are heading, "
                + "and discuss cooperation with Korea.",
                "새로운 우주경제에 관한 기조연설에 이어 태국, 말레이시아, 멕시코가 자국 우주 활동의 현황과 방향을 소개하고 한국과의 협력을 논의합니다."),
        };
        day2.Hosts.Add(new EventHost { Organization = orgs["MSIT"], Role = HostRole.Host });

        var t = Topics(day1, day2);
        forum.Events.AddRange([day1, day2]);
        forum.Hosts.Add(new ForumHost { Organization = orgs["MSIT"] });
        forum.Hosts.Add(new ForumHost { Organization = orgs["DOC"] });
        db.Forums.Add(forum);

        AddDay1Sessions(day1, t, people, mainHall, exhibitionHall, meetingRoom, banquetHall);
        AddDay2Sessions(day2, t, people);

        await db.SaveChangesAsync(cancellationToken);
        // The demo forum's organizers maintain its people and organizations like any forum's.
        var personIds = people.Values.Select(p => p.Id).ToList();
        var organizationIds = orgs.Values.Select(o => o.Id).ToList();
        await db.People.Where(p => personIds.Contains(p.Id)).ExecuteUpdateAsync(u => u.SetProperty(p => p.ForumId, forum.Id), cancellationToken);
        await db.Organizations.Where(o => organizationIds.Contains(o.Id)).ExecuteUpdateAsync(u => u.SetProperty(o => o.ForumId, forum.Id), cancellationToken);
        return true;
    }

    private static Dictionary<string, Country> Countries() => new[]
    {
        new Country { Code = "KR", Name = new("Republic of Korea", "대한민국") },
        new Country { Code = "US", Name = new("United States", "미국") },
        new Country { Code = "TH", Name = new("Thailand", "태국") },
        new Country { Code = "MY", Name = new("Malaysia", "말레이시아") },
        new Country { Code = "MX", Name = new("Mexico", "멕시코") },
    }.ToDictionary(c => c.Code);

    private static Dictionary<string, Organization> Organizations()
    {
        static Organization Gov(string country, string? acronym, string en, string ko) =>
            new() { CountryCode = country, Acronym = acronym, Kind = OrganizationKind.GovernmentAgency, Name = new(en, ko) };
        static Organization Company(string en, string? ko = null) =>
            new() { CountryCode = "US", Kind = OrganizationKind.Company, Name = new(en, ko) };

        return new Dictionary<string, Organization>
        {
            ["MSIT"] = Gov("KR", "MSIT", "Ministry of Science and ICT", "과학기술정보통신부"),
            ["NSC-KR"] = Gov("KR", "NSC", "National Space Committee", "국가우주위원회"),
            ["WCPSD"] = Gov("KR", null, "Working Committee for the Promotion of Space Development", "우주개발진흥실무위원회"),
            ["DOC"] = Gov("US", "DOC", "U.S. Department of Commerce", "미국 상무부"),
            ["OSC"] = Gov("US", "OSC", "Office of Space Commerce", "미국 상무부 우주상업국"),
            ["NSpC"] = Gov("US", "NSpC", "White House National Space Council", "미국 백악관 국가우주위원회"),
            ["DOS"] = Gov("US", "DOS", "U.S. Department of State", "미국 국무부"),
            ["DOD"] = Gov("US", "DoD", "U.S. Department of Defense", "미국 국방부"),
            ["DOT"] = Gov("US", "DOT", "U.S. Department of Transportation", "미국 교통부"),
            ["FAA"] = Gov("US", "FAA", "Federal Aviation Administration", "미국 연방항공청"),
            ["UAH"] = new() { CountryCode = "US", Acronym = "UAH", Kind = OrganizationKind.University, Name = new("University of Alabama in Huntsville", "앨라배마대학교 헌츠빌") },
            ["EOI"] = Company("EOI Space"),
            ["LeoLabs"] = Company("LeoLabs"),
            ["L3Harris"] = Company("L3Harris Technologies"),
            ["Deloitte"] = Company("Monitor Deloitte"),
            ["RocketLab"] = Company("Rocket Lab"),
            ["Axiom"] = Company("Axiom Space"),
            ["Voyager"] = Company("Voyager Space"),
            ["Kayhan"] = Company("Kayhan Space"),
            ["COMSPOC"] = Company("COMSPOC"),
            ["Capella"] = Company("Capella Space"),
        };
    }

    private static Dictionary<string, Person> People(Dictionary<string, Organization> orgs)
    {
        Person P(string key, string romanized, string? hangul, string org, string en, string ko) =>
            new() { RomanizedName = romanized, HangulName = hangul, Organization = orgs[org], Position = new(en, ko) };

        return new[]
        {
            ("lee", P("lee", "Lee Jong-ho", "이종호", "MSIT", "Minister of Science and ICT", "과학기술정보통신부 장관")),
            ("parikh", P("parikh", "Chirag Parikh", null, "NSpC", "Executive Secretary, National Space Council", "국가우주위원회 사무총장")),
            ("morgan", P("morgan", "Michael C. Morgan", null, "DOC", "Assistant Secretary of Commerce for Environmental Observation and Prediction", "상무부 환경관측예측 담당 차관보")),
            ("cho", P("cho", "Ryan Sun Hak Cho", null, "MSIT", "Ministry of Science and ICT", "과학기술정보통신부")),
            ("jhlee", P("jhlee", "Jae-hyung Lee", null, "MSIT", "Ministry of Science and ICT", "과학기술정보통신부")),
            ("dalbello", P("dalbello", "Richard DalBello", null, "OSC", "Office of Space Commerce", "상무부 우주상업국")),
            ("langster", P("langster", "Travis Langster", null, "DOD", "Department of Defense", "국방부")),
            ("coleman", P("coleman", "Kelvin Coleman", null, "FAA", "Federal Aviation Administration", "연방항공청")),
            ("dcosta", P("dcosta", "Anthony P. D'Costa", null, "UAH", "Professor, University of Alabama in Huntsville", "앨라배마대학교 헌츠빌 교수")),
        }.ToDictionary(p => p.Item1, p => p.Item2);
    }

    private static Dictionary<string, Topic> Topics(Event day1, Event day2)
    {
        Topic T(Event e, string slug, string en, string ko)
        {
            var topic = new Topic { Event = e, Slug = slug, Name = new(en, ko) };
            e.Topics.Add(topic);
            return topic;
        }
        return new Dictionary<string, Topic>
        {
            ["policy"] = T(day1, "space-policy", "Space policy and regulation", "우주 정책과 규제"),
            ["b2b"] = T(day1, "b2b-partnerships", "B2B partnerships in national programmes", "국가 우주 프로그램의 기업 간 협력"),
            ["support"] = T(day1, "government-support", "Government support for industrial partnerships", "산업 협력에 대한 정부 지원"),
            ["supply"] = T(day1, "supply-chain-resilience", "Supply chain resilience", "공급망 회복력"),
            ["exploration"] = T(day1, "commercial-exploration", "Commercial LEO and lunar exploration", "상업적 저궤도 활용과 달 탐사"),
            ["economy"] = T(day2, "space-economy", "Space economy and New Space", "우주경제와 뉴스페이스"),
            ["emerging"] = T(day2, "emerging-space-countries", "Emerging space countries", "신흥 우주국"),
            ["cooperation"] = T(day2, "cooperation-with-korea", "Cooperation with Korea", "한국과의 협력"),
        };
    }

    private static DateTime SeoulTime(int day, int hour, int minute) =>
        // Korea has no daylight saving time: local = UTC+9 all year.
        new DateTime(2023, 11, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-9);

    private static Session S(Event e, SessionKind kind, int day, (int H, int M) from, (int H, int M) to, string en, string ko,
        string descEn, string descKo, Room? room, params Topic[] topics)
    {
        var session = new Session
        {
            Event = e,
            Kind = kind,
            StartsAtUtc = SeoulTime(day, from.H, from.M),
            EndsAtUtc = SeoulTime(day, to.H, to.M),
            Title = new(en, ko),
            Description = new(descEn, descKo),
            Room = room,
            Published = true,
        };
        session.Topics.AddRange(topics);
        e.Sessions.Add(session);
        return session;
    }

    private static void With(Session session, SessionRole role, params Person[] people)
    {
        foreach (var person in people)
        {
            session.People.Add(new SessionPerson { Person = person, Role = role, Order = session.People.Count });
        }
    }

    private static void AddDay1Sessions(Event e, Dictionary<string, Topic> t, Dictionary<string, Person> p,
        Room main, Room exhibition, Room meeting, Room banquet)
    {
        var opening = S(e, SessionKind.OpeningRemarks, 8, (9, 30), (10, 0), "Opening remarks", "개회사",
            "Welcome from the Korean minister and the two senior U.S. officials who led their delegation.",
            "한국 장관과 미국 대표단을 이끈 두 고위 인사의 환영 인사입니다.", main);
        With(opening, SessionRole.Speaker, p["lee"], p["parikh"], p["morgan"]);

        var korea = S(e, SessionKind.PolicyPresentation, 8, (10, 0), (10, 40), "Korea's space policy", "한국의 우주 정책",
            "How Korea governs space activities, how it promotes its space industry, and its plan to establish the Korea AeroSpace Administration.",
            "한국의 우주 거버넌스와 우주산업 육성 정책, 그리고 우주항공청 설립 계획을 소개합니다.", main, t["policy"]);
        With(korea, SessionRole.Speaker, p["cho"], p["jhlee"]);

        var us = S(e, SessionKind.PolicyPresentation, 8, (10, 40), (11, 30), "U.S. commercial space policy", "미국의 상업 우주 정책",
            "Commerce, Defense and Transportation (FAA) officials on commercial space policy, regulation and their plans.",
            "상무부, 국방부, 교통부(연방항공청) 관계자가 상업 우주 정책과 규제, 향후 계획을 설명합니다.", main, t["policy"]);
        With(us, SessionRole.Speaker, p["dalbello"], p["langster"], p["coleman"]);

        S(e, SessionKind.Panel, 8, (11, 40), (12, 30), "Panel 1: B2B space partnerships", "패널 1: 기업 간 우주 협력",
            "Korean and U.S. companies taking part in each other's national space programmes.",
            "한미 우주기업이 상대국의 국가 우주 프로그램에 서로 참여하는 방안을 논의합니다.", main, t["b2b"]);
        S(e, SessionKind.Panel, 8, (13, 30), (14, 20), "Panel 2: Government support for industrial partnerships", "패널 2: 산업 협력을 위한 정부 지원",
            "What governments can do to strengthen partnerships between their space industries.",
            "양국 우주산업의 협력을 강화하기 위해 정부가 할 수 있는 일을 논의합니다.", main, t["support"]);
        S(e, SessionKind.Panel, 8, (14, 30), (15, 20), "Panel 3: Supply chain resilience", "패널 3: 우주 공급망 회복력",
            "Making space-sector supply chains more resilient across both countries.",
            "양국에 걸친 우주 분야 공급망의 회복력을 높이는 방안을 논의합니다.", main, t["supply"]);
        S(e, SessionKind.Panel, 8, (15, 30), (16, 20), "Panel 4: Commercial space exploration", "패널 4: 상업 우주 탐사",
            "Commercial use of low Earth orbit and cooperation in lunar exploration.",
            "저궤도의 상업적 활용과 달 탐사 협력을 논의합니다.", main, t["exploration"]);
        S(e, SessionKind.Exhibition, 8, (9, 0), (17, 0), "Exhibition", "전시",
            "Booths where companies show their latest capabilities, among them Kayhan Space, LeoLabs, COMSPOC and Capella Space.",
            "Kayhan Space, LeoLabs, COMSPOC, Capella Space 등 기업이 최신 기술을 선보이는 전시 부스입니다.", exhibition, t["b2b"]);
        S(e, SessionKind.PressConference, 8, (16, 30), (17, 10), "Press conference", "기자회견",
            "Participating companies present their visions, achievements and plans to work with counterparts from the other country.",
            "참가 기업이 비전과 성과, 상대국 기업과의 협력 계획을 발표합니다.", main, t["b2b"]);
        S(e, SessionKind.SideMeeting, 8, (17, 20), (18, 10), "National Space Council meets National Space Committee", "미국 국가우주위원회-한국 국가우주위원회 회의",
            "A meeting of the U.S. National Space Council with Korea's National Space Committee to strengthen high-level channels.",
            "고위급 소통 채널 강화를 위한 미국 국가우주위원회와 한국 국가우주위원회의 회의입니다.", meeting, t["policy"]);
        S(e, SessionKind.NetworkingDinner, 8, (18, 30), (20, 30), "Welcome dinner", "환영 만찬",
            "An informal evening for agencies, organizations and participants to network and talk through concrete cooperation ideas.",
            "기관과 참가자가 편안한 분위기에서 교류하며 구체적인 협력 방안을 나누는 저녁 자리입니다.", banquet);
    }

    private static void AddDay2Sessions(Event e, Dictionary<string, Topic> t, Dictionary<string, Person> p)
    {
        var keynote = S(e, SessionKind.Keynote, 9, (10, 0), (10, 50),
            "A New Paradigm: Space Economy, Space Industry, and A New Space", "새로운 패러다임: 우주경제, 우주산업, 그리고 뉴스페이스",
            "Keynote on how the space economy and industry are changing.", "우주경제와 우주산업의 변화에 관한 기조연설입니다.", null, t["economy"]);
        With(keynote, SessionRole.Speaker, p["dcosta"]);
        S(e, SessionKind.TopicalPresentation, 9, (11, 0), (11, 30), "Thailand: space progress and direction", "태국: 우주 활동 현황과 방향",
            "Thailand's representatives on their space activities and plans.", "태국 대표가 자국의 우주 활동과 계획을 소개합니다.", null, t["emerging"]);
        S(e, SessionKind.TopicalPresentation, 9, (11, 30), (12, 0), "Malaysia: space progress and direction", "말레이시아: 우주 활동 현황과 방향",
            "Malaysia's representatives on their space activities and plans.", "말레이시아 대표가 자국의 우주 활동과 계획을 소개합니다.", null, t["emerging"]);
        S(e, SessionKind.TopicalPresentation, 9, (13, 30), (14, 0), "Mexico: space progress and direction", "멕시코: 우주 활동 현황과 방향",
            "Mexico's representatives on their space activities and plans.", "멕시코 대표가 자국의 우주 활동과 계획을 소개합니다.", null, t["emerging"]);
        S(e, SessionKind.Panel, 9, (14, 10), (15, 10), "Discussion: cooperation with Korea", "토론: 한국과의 우주 협력",
            "Representatives of the three countries and Korea discuss where they can work together.",
            "세 나라 대표와 한국이 협력 가능 분야를 논의합니다.", null, t["cooperation"], t["emerging"]);
    }
}
