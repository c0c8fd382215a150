using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Data.Postgres;

/// <summary>The event, agenda filter, session, speakers and organizations pages run their queries on PostgreSQL too.</summary>
public class PostgresPublicPagesTests(PostgresSpaceBridgeFactory factory) : IClassFixture<PostgresSpaceBridgeFactory>
{
    [Fact]
    public async Task Every_public_page_of_the_first_symposium_renders_on_postgres()
    {
        var client = factory.CreateClient();
        var id = await factory.EventIdAsync(HtmlPage.Day1);
        var sessionId = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Title.En == "Opening remarks").Select(s => s.Id).SingleAsync());

        var overview = await client.GetOkPageAsync($"/events/{id}");
        Assert.Equal(2, overview.QuerySelectorAll("ul.hosts li").Length);

        var filtered = await client.GetOkPageAsync($"/events/{id}/agenda?topic=space-policy&kind=PolicyPresentation");
        Assert.Equal(["Korea's space policy", "U.S. commercial space policy"], filtered.Texts(".session h3"));

        var session = await client.GetOkPageAsync($"/sessions/{sessionId}?culture=ko");
        Assert.Equal(["이종호", "Chirag Parikh", "Michael C. Morgan"], session.Texts(".people .name"));

        var speakers = await client.GetOkPageAsync($"/events/{id}/speakers");
        Assert.Equal(2, speakers.QuerySelectorAll("section.country").Length);

        var organizations = await client.GetOkPageAsync($"/events/{id}/organizations");
        Assert.Contains("U.S. Department of Commerce", organizations.Texts(".name"));
    }
}
