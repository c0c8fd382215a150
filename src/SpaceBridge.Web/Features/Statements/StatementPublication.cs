using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>An adopted statement as the public gets it: the text of the adopted version, its PDF and its Akoma Ntoso XML.</summary>
public sealed class StatementPublication(AppDbContext db, StatementDrafting drafting, StatementPdf pdf, PublicOrigins origins, TimeProvider clock)
{
    public sealed record Published(JointStatement Statement, StatementContent Content, string ContentHash, IReadOnlyList<Programme.Organizations.Organization> Organizations);

    /// <summary>The adopted statement and its adopted text; null for drafts and unknown ids.</summary>
    public async Task<Published?> FindAsync(int id, CancellationToken ct = default)
    {
        var statement = await db.Set<JointStatement>().AsNoTracking().Include(s => s.Forum).Include(s => s.Event).Include(s => s.Versions)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id && s.Status == StatementStatus.Adopted, ct);
        if (statement?.AdoptedVersion is not { } adopted)
        {
            return null;
        }
        var version = statement.Versions.Single(v => v.Number == adopted);
        var content = StatementContent.Parse(version.Snapshot);
        var ids = (await drafting.CoHostsAsync(statement, ct)).Concat(content.Signatories.Select(s => s.Organization ?? 0))
            .Concat(content.Clauses.Select(c => c.Owner ?? 0)).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync(ct);
        return new Published(statement, content, version.ContentHash, organizations);
    }

    public byte[] Pdf(Published p) => pdf.Render(p.Statement, p.Content, p.Content.Signatories.Select(s =>
    {
        var org = p.Organizations.FirstOrDefault(o => o.Id == s.Organization);
        return new StatementPdf.Signature(s.Name.En, s.Name.Ko, s.Title.En, s.Title.Ko, org?.Name.En, org?.Name.Ko);
    }).ToList());

    public async Task<byte[]> AkomaNtosoAsync(Published p, CancellationToken ct = default)
    {
        var coHosts = await drafting.CoHostsAsync(p.Statement, ct);
        var parties = p.Organizations.Where(o => coHosts.Contains(o.Id)).Select(o => new AkomaNtosoExport.Party(o.Id, o.Name.En ?? o.Name.Ko ?? "", o.Name.Ko)).ToList();
        return AkomaNtosoExport.Write(p.Statement, p.Content, parties, origins.BaseUri.GetLeftPart(UriPartial.Authority), clock.GetUtcNow().UtcDateTime);
    }
}
