using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Statements;

public sealed class StatementDraftingTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task An_approval_never_survives_a_change_to_the_text()
    {
        var s = await StatementSetup.CreateAsync(factory);
        await s.ApproveCurrentAsync(s.Msit, "MSIT");
        Assert.Single(await s.InForceAsync());

        // DOC changes the Korean text of the clause: a new version, and MSIT's approval no longer counts.
        var clause = await s.ClauseAsync();
        await s.Drafting(scope => scope.SaveClauseAsync(s.Id, clause.Id, clause.Revision,
            new ClauseText(ClauseKind.Operative, clause.Text.En, clause.Text.Ko + " 추가", null, null), s.Doc));

        Assert.Empty(await s.InForceAsync());
        var (version, _) = await s.CurrentAsync();
        Assert.Equal(4, version);
        // Approving the old version (by number or by its hash) is refused.
        var refusal = await Assert.ThrowsAsync<StatementRefusal>(() => s.Drafting(d => d.ApproveAsync(s.Id, s.MsitId, 3, "x", s.Msit)));
        Assert.Equal("not-current", refusal.Code);
        var hashRefusal = await Assert.ThrowsAsync<StatementRefusal>(() => s.Drafting(d => d.ApproveAsync(s.Id, s.MsitId, 4, new string('0', 64), s.Msit)));
        Assert.Equal("hash-mismatch", hashRefusal.Code);
        // The change and the voiding are in the audit log.
        Assert.True(await s.AuditedAsync("statement.approval-voided"));
    }

    [Fact]
    public async Task A_save_with_no_change_to_the_text_makes_no_version_and_keeps_the_approval()
    {
        var s = await StatementSetup.CreateAsync(factory);
        await s.ApproveCurrentAsync(s.Msit, "MSIT");
        var clause = await s.ClauseAsync();
        await s.Drafting(d => d.SaveClauseAsync(s.Id, clause.Id, clause.Revision,
            new ClauseText(clause.Kind, clause.Text.En + "  ", clause.Text.Ko, null, null), s.Doc));
        Assert.Equal(3, (await s.CurrentAsync()).Number);
        Assert.Single(await s.InForceAsync());
    }

    [Fact]
    public async Task Adoption_needs_every_co_host_and_then_freezes_the_text()
    {
        var s = await StatementSetup.CreateAsync(factory);
        await s.ApproveCurrentAsync(s.Msit, "MSIT");
        Assert.Equal(StatementStatus.Drafting, (await s.LoadAsync()).Status);

        await s.ApproveCurrentAsync(s.Doc, "DOC");
        var adopted = await s.LoadAsync();
        Assert.Equal(StatementStatus.Adopted, adopted.Status);
        Assert.Equal(3, adopted.AdoptedVersion);
        Assert.True(await s.AuditedAsync("statement.adopted"));

        var clause = await s.ClauseAsync();
        var frozen = await Assert.ThrowsAsync<StatementRefusal>(() => s.Drafting(d => d.SaveClauseAsync(s.Id, clause.Id, clause.Revision,
            new ClauseText(ClauseKind.Operative, "Changed after adoption", "채택 후 변경", null, null), s.Doc)));
        Assert.Equal("adopted", frozen.Code);
        Assert.Equal(clause.Text.En, (await s.ClauseAsync()).Text.En);
    }

    [Fact]
    public async Task Only_a_designated_approver_approves_for_a_co_host()
    {
        var s = await StatementSetup.CreateAsync(factory);
        var (version, hash) = await s.CurrentAsync();
        // MSIT's organizer is not DOC's approver.
        var refusal = await Assert.ThrowsAsync<StatementRefusal>(() => s.Drafting(d => d.ApproveAsync(s.Id, s.DocId, version, hash, s.Msit)));
        Assert.Equal("not-approver", refusal.Code);
        Assert.Empty(await s.InForceAsync());
    }

    [Fact]
    public void Adoption_rule_needs_an_approval_in_force_from_each_co_host()
    {
        StatementApproval Approval(int org, int version, string hash = "h", DateTime? withdrawn = null) =>
            new() { OrganizationId = org, UserId = "u", VersionNumber = version, ContentHash = hash, WithdrawnAtUtc = withdrawn };
        int[] coHosts = [1, 2];
        Assert.False(StatementRules.IsAdoptable(coHosts, [Approval(1, 3)], 3, "h"));
        Assert.False(StatementRules.IsAdoptable(coHosts, [Approval(1, 3), Approval(2, 2)], 3, "h"));
        Assert.False(StatementRules.IsAdoptable(coHosts, [Approval(1, 3), Approval(2, 3, "other")], 3, "h"));
        Assert.False(StatementRules.IsAdoptable(coHosts, [Approval(1, 3), Approval(2, 3, withdrawn: DateTime.UtcNow)], 3, "h"));
        Assert.False(StatementRules.IsAdoptable([], [], 3, "h"));
        Assert.True(StatementRules.IsAdoptable(coHosts, [Approval(1, 3), Approval(2, 3)], 3, "h"));
    }

    [Fact]
    public async Task A_stale_save_of_a_clause_is_refused_with_both_texts_and_nothing_is_lost()
    {
        var s = await StatementSetup.CreateAsync(factory);
        var read = await s.ClauseAsync();
        // Both organizers opened the clause at the same revision; MSIT saves first.
        await s.Drafting(d => d.SaveClauseAsync(s.Id, read.Id, read.Revision,
            new ClauseText(ClauseKind.Operative, "MSIT's wording.", "과기정통부 문안.", null, null), s.Msit));
        var versionsBefore = (await s.CurrentAsync()).Number;

        var stale = await Assert.ThrowsAsync<StaleClauseSave>(() => s.Drafting(d => d.SaveClauseAsync(s.Id, read.Id, read.Revision,
            new ClauseText(ClauseKind.Operative, "DOC's wording.", "상무부 문안.", null, null), s.Doc)));

        Assert.Equal("DOC's wording.", stale.Yours.En);
        Assert.Equal("상무부 문안.", stale.Yours.Ko);
        Assert.Equal("MSIT's wording.", stale.Current.En);
        Assert.Equal("과기정통부 문안.", stale.Current.Ko);
        var stored = await s.ClauseAsync();
        Assert.Equal("MSIT's wording.", stored.Text.En);
        Assert.Equal(versionsBefore, (await s.CurrentAsync()).Number);
    }

    [Fact]
    public void The_content_hash_is_the_sha256_of_a_canonical_form_that_ignores_line_ends_and_spacing_at_the_ends()
    {
        JointStatement Statement(string en) => new()
        {
            Title = new("T", "제목"),
            Clauses = [new Clause { Number = 1, Position = 1, Kind = ClauseKind.Preamble, Text = new(en, "전문") }],
        };
        Assert.Equal(StatementContent.Of(Statement("a\nb")).Hash(), StatementContent.Of(Statement(" a\r\nb ")).Hash());
        Assert.NotEqual(StatementContent.Of(Statement("a b")).Hash(), StatementContent.Of(Statement("a  b")).Hash());
        Assert.Matches("^[0-9a-f]{64}$", StatementContent.Of(Statement("x")).Hash());
    }
}

/// <summary>A statement of the demo forum, complete enough to approve, with MSIT and DOC organizers as designated approvers.</summary>
internal sealed class StatementSetup(SpaceBridgeFactory factory)
{
    public int Id { get; private set; }
    public int MsitId { get; private set; }
    public int DocId { get; private set; }
    public ClaimsPrincipal Msit { get; private set; } = null!;
    public ClaimsPrincipal Doc { get; private set; } = null!;
    public TestUser MsitUser { get; private set; } = null!;
    public TestUser DocUser { get; private set; } = null!;

    public static async Task<StatementSetup> CreateAsync(SpaceBridgeFactory factory)
    {
        var setup = new StatementSetup(factory);
        await setup.InitAsync();
        return setup;
    }

    private async Task InitAsync()
    {
        MsitUser = await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        DocUser = await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "DOC"));
        Msit = Principal(MsitUser);
        Doc = Principal(DocUser);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var forum = await db.Forums.SingleAsync(f => f.Slug == DemoForumSeeder.ForumSlug);
        MsitId = await db.Organizations.Where(o => o.Acronym == "MSIT").Select(o => o.Id).SingleAsync();
        DocId = await db.Organizations.Where(o => o.Acronym == "DOC").Select(o => o.Id).SingleAsync();
        var drafting = scope.ServiceProvider.GetRequiredService<StatementDrafting>();
        var statement = await drafting.CreateAsync(forum.Id, null, new("Test statement", "시험 성명"), true, Msit);
        Id = statement.Id;
        await Drafting(d => d.AddClauseAsync(Id, new ClauseText(ClauseKind.Operative, "Both sides will cooperate.", "양측은 협력한다.", null, null), Msit));
        var s = await LoadAsync();
        await Drafting(d => d.SetAdoptionDetailsAsync(Id, s.Revision, new AdoptionDetails(null, new("Seoul", "서울"), new DateOnly(2023, 11, 8),
            [new SignatoryInput(MsitId, new("Minister", "장관"), new("Minister of Science and ICT", "과학기술정보통신부 장관"))]), Msit));
        await Drafting(d => d.DesignateApproverAsync(Id, MsitId, MsitUser.Email, Msit));
        await Drafting(d => d.DesignateApproverAsync(Id, DocId, DocUser.Email, Doc));
    }

    public static ClaimsPrincipal Principal(TestUser user) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Email, user.Email)], "test"));

    public async Task Drafting(Func<StatementDrafting, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<StatementDrafting>());
    }

    public async Task<JointStatement> LoadAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<JointStatement>().AsNoTracking().Include(s => s.Approvals).SingleAsync(s => s.Id == Id);
    }

    public async Task<Clause> ClauseAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Clause>().AsNoTracking().SingleAsync(c => c.StatementId == Id);
    }

    /// <summary>The text of the adopted version, as its snapshot holds it.</summary>
    public async Task<StatementContent> AdoptedContentAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await AdoptedContentAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), Id);
    }

    public static async Task<StatementContent> AdoptedContentAsync(AppDbContext db, int statementId)
    {
        var adopted = await db.Set<JointStatement>().AsNoTracking().Where(x => x.Id == statementId).Select(x => x.AdoptedVersion).SingleAsync();
        Assert.NotNull(adopted);
        var snapshot = await db.Set<StatementVersion>().AsNoTracking()
            .Where(x => x.StatementId == statementId && x.Number == adopted).Select(x => x.Snapshot).SingleAsync();
        return StatementContent.Parse(snapshot);
    }

    public async Task<(int Number, string Hash)> CurrentAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var s = await db.Set<JointStatement>().AsNoTracking().SingleAsync(x => x.Id == Id);
        var v = await db.Set<StatementVersion>().AsNoTracking().SingleAsync(x => x.StatementId == Id && x.Number == s.CurrentVersion);
        return (v.Number, v.ContentHash);
    }

    public async Task ApproveCurrentAsync(ClaimsPrincipal who, string acronym)
    {
        var (number, hash) = await CurrentAsync();
        await Drafting(d => d.ApproveAsync(Id, acronym == "MSIT" ? MsitId : DocId, number, hash, who));
    }

    public async Task<List<StatementApproval>> InForceAsync()
    {
        var s = await LoadAsync();
        var (number, hash) = await CurrentAsync();
        return s.Approvals.Where(a => StatementRules.IsInForce(a, number, hash)).ToList();
    }

    public async Task<bool> AuditedAsync(string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var subject = $"statement {Id} ";
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == action && a.Subject.StartsWith(subject));
    }
}
