using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Tests.Features.Statements;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Pipeline;

/// <summary>Adopting a statement turns its commitments into initiatives, once, and the two link each other.</summary>
public sealed class CommitmentInitiativesTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task Adoption_opens_one_initiative_per_owned_commitment_once_and_the_statement_and_initiative_link_each_other()
    {
        var s = await StatementSetup.CreateAsync(factory);
        var owner = await factory.WithDbAsync(db => db.Organizations.Where(o => o.CountryCode == "US" && o.Acronym != "DOC").Select(o => o.Id).FirstAsync());
        var due = new DateOnly(2024, 5, 8);
        await s.Drafting(d => d.AddClauseAsync(s.Id, new ClauseText(ClauseKind.Commitment, "Each side will name a supply chain contact point.",
            "양측은 공급망 연락 창구를 지정한다.", owner, due), s.Msit));
        // A commitment that names nobody is not followed up.
        await s.Drafting(d => d.AddClauseAsync(s.Id, new ClauseText(ClauseKind.Commitment, "The sides will meet again.", "양측은 다시 만난다.", null, null), s.Doc));
        var clauseId = await factory.WithDbAsync(db => db.Set<Clause>().Where(c => c.StatementId == s.Id && c.OwnerOrganizationId == owner).Select(c => c.Id).SingleAsync());

        await s.ApproveCurrentAsync(s.Msit, "MSIT");
        Assert.Equal(0, await InitiativesOfAsync(clauseId));
        await s.ApproveCurrentAsync(s.Doc, "DOC");
        Assert.Equal(StatementStatus.Adopted, (await s.LoadAsync()).Status);

        var initiative = await factory.WithDbAsync(db => db.Initiatives.AsNoTracking().Include(i => i.Parties).Include(i => i.Origins)
            .SingleAsync(i => i.Origins.Any(o => o.Kind == InitiativeOriginKind.StatementCommitment && o.ReferenceId == clauseId)));
        Assert.Equal(due, initiative.NextStepDue);
        Assert.Equal(InitiativeVisibility.Public, initiative.Visibility);
        Assert.Equal("Each side will name a supply chain contact point.", initiative.Title.En);
        Assert.Equal(new[] { owner, s.MsitId, s.DocId }.Order(), initiative.Parties.Select(p => p.OrganizationId).Order());
        Assert.Equal(1, await factory.WithDbAsync(db => db.InitiativeOrigins.CountAsync(o => o.Kind == InitiativeOriginKind.StatementCommitment
            && db.Set<Clause>().Any(c => c.Id == o.ReferenceId && c.StatementId == s.Id))));
        Assert.True(await s.AuditedAsync("statement.commitments-opened"));

        // Running it again (a second node, a data repair) opens nothing more; the database refuses a second origin too.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var forumId = (await s.LoadAsync()).ForumId;
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CommitmentInitiatives>().OpenForAdoptedStatementsAsync(forumId, DateTime.UtcNow));
        }
        Assert.Equal(1, await InitiativesOfAsync(clauseId));
        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            db.InitiativeOrigins.Add(new InitiativeOrigin { InitiativeId = initiative.Id, Kind = InitiativeOriginKind.StatementCommitment, ReferenceId = clauseId });
            return await db.SaveChangesAsync();
        }));

        // The public statement page links the initiative; the initiative links its clause on the statement page.
        var anonymous = factory.CreateBrowserClient();
        var statementPage = await anonymous.GetOkPageAsync($"/statements/{s.Id}");
        var link = statementPage.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h!.Contains("/initiatives/"));
        Assert.Equal($"/forums/{initiative.ForumId}/initiatives/{initiative.Id}", link);
        Assert.NotNull(statementPage.QuerySelector("#clause-2"));
        var initiativePage = await anonymous.GetOkPageAsync(link!);
        Assert.Contains(initiativePage.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/statements/{s.Id}#clause-2");
    }

    [Fact]
    public async Task An_initiative_hidden_from_the_reader_is_not_linked_from_the_public_statement()
    {
        var s = await StatementSetup.CreateAsync(factory);
        await s.Drafting(d => d.AddClauseAsync(s.Id, new ClauseText(ClauseKind.Commitment, "Korea will open a desk.", "한국은 창구를 연다.", s.MsitId, null), s.Msit));
        await s.ApproveCurrentAsync(s.Msit, "MSIT");
        await s.ApproveCurrentAsync(s.Doc, "DOC");
        await factory.WithDbAsync(db => db.Initiatives
            .Where(i => i.Origins.Any(o => o.Kind == InitiativeOriginKind.StatementCommitment && db.Set<Clause>().Any(c => c.Id == o.ReferenceId && c.StatementId == s.Id)))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Visibility, InitiativeVisibility.PartiesOnly)));

        var page = await factory.CreateBrowserClient().GetOkPageAsync($"/statements/{s.Id}");
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/initiatives/"));
    }

    private Task<int> InitiativesOfAsync(int clauseId) => factory.WithDbAsync(db =>
        db.InitiativeOrigins.CountAsync(o => o.Kind == InitiativeOriginKind.StatementCommitment && o.ReferenceId == clauseId));
}
