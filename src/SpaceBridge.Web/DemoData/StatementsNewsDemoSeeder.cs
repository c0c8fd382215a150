using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.News;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.DemoData;

/// <summary>
/// The demo forum's press room and two ILLUSTRATIVE joint statements (fictional text, labelled so in both languages):
/// one adopted by both co-hosts of the first symposium, one in draft with two versions and one approval pending.
/// </summary>
public static class StatementsNewsDemoSeeder
{
    private const string SeedUser = "demo-seed";

    public static async Task<bool> SeedAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        var forum = await db.Forums.SingleOrDefaultAsync(f => f.Slug == DemoForumSeeder.ForumSlug, ct);
        if (forum is null || await db.Set<JointStatement>().AnyAsync(s => s.ForumId == forum.Id, ct))
        {
            return false;
        }
        var day1 = await db.Events.SingleAsync(e => e.Slug == DemoForumSeeder.Day1Slug, ct);
        var msit = await db.Organizations.SingleAsync(o => o.Acronym == "MSIT", ct);
        var doc = await db.Organizations.SingleAsync(o => o.Acronym == "DOC", ct);
        var adoptedAt = new DateTime(2023, 11, 8, 9, 0, 0, DateTimeKind.Utc);

        var adopted = Statement(forum.Id, day1.Id, new("Illustrative Joint Statement on Space Industry Cooperation", "우주산업 협력에 관한 예시 공동성명"));
        Clause(adopted, ClauseKind.Preamble, "Recalling their shared interest in a safe and sustainable space environment, the two sides meet in Seoul.",
            "양측은 안전하고 지속 가능한 우주 환경에 대한 공동의 관심을 상기하며 서울에서 만났다.");
        Clause(adopted, ClauseKind.Operative, "The two sides will hold an annual business-to-business meeting of their space companies.",
            "양측은 자국 우주기업 간 기업 대 기업 회의를 매년 개최한다.");
        Version(adopted, adoptedAt.AddDays(-2));
        adopted.AdoptionPlace = new("Seoul", "서울");
        adopted.AdoptionDate = new DateOnly(2023, 11, 8);
        Clause(adopted, ClauseKind.Commitment, "Each side will name a contact point for supply chain questions within six months.",
            "양측은 6개월 이내에 공급망 문의를 위한 연락 창구를 각각 지정한다.", msit.Id, new DateOnly(2024, 5, 8));
        adopted.Signatories.Add(new Signatory { Position = 1, OrganizationId = msit.Id, Name = new("(Illustrative signatory, Korea)", "(예시 서명자, 한국)"),
            Title = new("Ministry of Science and ICT", "과학기술정보통신부") });
        adopted.Signatories.Add(new Signatory { Position = 2, OrganizationId = doc.Id, Name = new("(Illustrative signatory, United States)", "(예시 서명자, 미국)"),
            Title = new("U.S. Department of Commerce", "미국 상무부") });
        var final = Version(adopted, adoptedAt.AddDays(-1));
        foreach (var org in new[] { msit.Id, doc.Id })
        {
            adopted.Approvals.Add(new StatementApproval { OrganizationId = org, UserId = SeedUser, ApproverName = "demo", VersionNumber = final.Number, ContentHash = final.ContentHash, AtUtc = adoptedAt });
        }
        adopted.Status = StatementStatus.Adopted;
        adopted.AdoptedVersion = final.Number;
        adopted.AdoptedAtUtc = adoptedAt;

        var draft = Statement(forum.Id, day1.Id, new("Illustrative Draft Statement on Lunar Exploration Partnerships", "달 탐사 협력에 관한 예시 성명 초안"));
        Clause(draft, ClauseKind.Preamble, "Noting the growing role of companies in lunar exploration,", "달 탐사에서 기업의 역할이 커지고 있음에 주목하며,");
        Clause(draft, ClauseKind.Operative, "The two sides will explore joint lunar payload opportunities.", "양측은 공동 달 탑재체 기회를 모색한다.");
        Clause(draft, ClauseKind.Commitment, "Each side will name a contact point for lunar payload partnerships by the end of June 2024.",
            "양측은 2024년 6월 말까지 달 탑재체 협력을 위한 연락 창구를 각각 지정한다.", doc.Id, new DateOnly(2024, 6, 30));
        draft.AdoptionPlace = new("Seoul", "서울");
        draft.AdoptionDate = new DateOnly(2023, 11, 9);
        draft.Signatories.Add(new Signatory { Position = 1, OrganizationId = msit.Id, Name = new("(Illustrative signatory, Korea)", "(예시 서명자, 한국)"), Title = new("Ministry of Science and ICT", "과학기술정보통신부") });
        Version(draft, nowUtc.AddDays(-2));
        draft.Clauses[1].Text = new("The two sides will explore joint lunar payload and data-sharing opportunities.", "양측은 공동 달 탑재체 및 데이터 공유 기회를 모색한다.");
        draft.Clauses[1].Revision = 1;
        var second = Version(draft, nowUtc.AddDays(-1));
        draft.Approvals.Add(new StatementApproval { OrganizationId = msit.Id, UserId = SeedUser, ApproverName = "demo", VersionNumber = second.Number, ContentHash = second.ContentHash, AtUtc = nowUtc.AddHours(-12) });

        db.AddRange(adopted, draft);
        await db.SaveChangesAsync(ct);

        db.Add(new NewsItem
        {
            ForumId = forum.Id,
            Kind = NewsKind.PressRelease,
            Status = NewsStatus.Published,
            EventId = day1.Id,
            StatementId = adopted.Id,
            Title = new("Korea and the United States meet on space industry cooperation", "한미, 우주산업 협력 논의"),
            Body = new(
                "On 8 November 2023 the Ministry of Science and ICT hosted the ROK-US Space Industry Symposium in Seoul, organized together with the U.S. Department of Commerce "
                + "in the 70th year of the alliance. Government speakers from both sides presented their space policies, and four panels discussed business partnerships, "
                + "government support, supply chain resilience and commercial space exploration. U.S. companies showed their work at exhibition booths.\n\n"
                + "The two governments adopted a joint statement at the close of the day. *The statement linked from this item is an illustrative text made for this demo, not the actual statement.*",
                "2023년 11월 8일 과학기술정보통신부는 미국 상무부와 함께 서울에서 한미 우주산업 심포지엄을 열었다. 동맹 70주년을 맞아 열린 이 행사에서 양국 정부 연사가 우주 정책을 소개했고, "
                + "기업 간 협력, 정부 지원, 우주 공급망 안정성, 상업 우주 탐사를 주제로 네 개의 패널 토론이 이어졌다. 미국 기업들은 전시 부스에서 기술을 선보였다.\n\n"
                + "양국 정부는 행사를 마치며 공동성명을 채택했다. *이 글에 연결된 성명은 시연을 위해 만든 예시 문안이며 실제 성명이 아니다.*"),
            Licence = NewsLicence.KoglType1,
            Credit = "Written in our own words from the press release of the Ministry of Science and ICT (8 Nov 2023), Korea Open Government License Type 1 (source indication). "
                + "출처: 과학기술정보통신부 보도자료(2023. 11. 8.), 공공누리 제1유형.",
            CreatedAtUtc = adoptedAt,
            PublishedAtUtc = adoptedAt,
            UpdatedAtUtc = adoptedAt,
            Revision = 1,
        });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Makes every organizer of the demo forum who acts for a co-host an approver of the illustrative drafts, so the
    /// demo's pending statement can be approved from the app by the organizers an administrator grants (run on each
    /// start that loads the demo; it only adds what is missing).
    /// </summary>
    public static async Task<int> DesignateApproversAsync(AppDbContext db, CancellationToken ct = default)
    {
        var forum = await db.Forums.SingleOrDefaultAsync(f => f.Slug == DemoForumSeeder.ForumSlug, ct);
        if (forum is null)
        {
            return 0;
        }
        var drafts = await db.Set<JointStatement>().Include(s => s.Approvers)
            .Where(s => s.ForumId == forum.Id && s.IsIllustrative && s.Status == StatementStatus.Drafting).ToListAsync(ct);
        var organizers = await db.ForumRoles.Where(r => r.ForumId == forum.Id && r.Role == Features.Accounts.Roles.ForumRole.Organizer && r.OrganizationId != null)
            .Select(r => new { r.UserId, OrganizationId = r.OrganizationId!.Value }).ToListAsync(ct);
        var added = 0;
        foreach (var draft in drafts)
        {
            var coHosts = await StatementDrafting.CoHostsOf(db, draft, ct);
            foreach (var o in organizers.Where(o => coHosts.Contains(o.OrganizationId)
                && !draft.Approvers.Any(a => a.UserId == o.UserId && a.OrganizationId == o.OrganizationId)))
            {
                draft.Approvers.Add(new StatementApprover { OrganizationId = o.OrganizationId, UserId = o.UserId });
                added++;
            }
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    private static JointStatement Statement(int forumId, int eventId, BilingualText title) =>
        new() { ForumId = forumId, EventId = eventId, Title = title, IsIllustrative = true, Status = StatementStatus.Drafting, Revision = 1 };

    private static void Clause(JointStatement s, ClauseKind kind, string en, string ko, int? owner = null, DateOnly? due = null)
    {
        var number = s.Clauses.Count + 1;
        s.Clauses.Add(new Clause { Number = number, Position = number, Kind = kind, Text = new(en, ko), OwnerOrganizationId = owner, DueDate = due });
    }

    private static StatementVersion Version(JointStatement s, DateTime at)
    {
        var canonical = StatementContent.Of(s).Canonical();
        s.CurrentVersion++;
        var version = new StatementVersion
        {
            Number = s.CurrentVersion, ContentHash = StatementContent.HashOf(canonical), Snapshot = canonical, CreatedAtUtc = at, CreatedBy = "demo data",
        };
        s.Versions.Add(version);
        return version;
    }
}
