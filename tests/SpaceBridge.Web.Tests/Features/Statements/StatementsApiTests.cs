using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Statements;

public sealed class StatementsApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task A_stale_If_Match_is_refused_with_both_texts_and_the_stored_clause_is_unchanged()
    {
        var s = await StatementSetup.CreateAsync(factory);
        var msit = await factory.CreateBearerClientAsync(s.MsitUser);
        var doc = await factory.CreateBearerClientAsync(s.DocUser);
        var detail = await msit.GetJsonAsync($"/api/v1/statements/{s.Id}");
        Assert.True(detail.TryGetProperty("clauses", out _), detail.ToString());
        var clause = detail.GetProperty("clauses")[0];
        var clauseId = clause.GetProperty("id").GetInt32();
        var etag = clause.GetProperty("eTag").GetString()!;

        var first = await Put(msit, s.Id, clauseId, etag, "MSIT saves first.", "과기정통부가 먼저 저장.");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag?.Tag);

        var second = await Put(doc, s.Id, clauseId, etag, "DOC saves second.", "상무부가 두 번째로 저장.");
        var problem = await ApiClient.AssertProblemAsync(second, HttpStatusCode.Conflict);
        Assert.True(problem.TryGetProperty("yours", out _), problem.ToString());
        Assert.Equal("stale-clause", problem.GetProperty("code").GetString());
        Assert.Equal("DOC saves second.", problem.GetProperty("yours").GetProperty("en").GetString());
        Assert.Equal("과기정통부가 먼저 저장.", problem.GetProperty("current").GetProperty("ko").GetString());

        var after = await doc.GetJsonAsync($"/api/v1/statements/{s.Id}");
        Assert.Equal("MSIT saves first.", after.GetProperty("clauses")[0].GetProperty("text").GetProperty("en").GetString());

        var missing = await doc.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/statements/{s.Id}/clauses/{clauseId}")
        {
            Content = JsonContent.Create(new { kind = "Operative", en = "x", ko = "y" }),
        });
        await ApiClient.AssertProblemAsync(missing, (HttpStatusCode)428);
    }

    [Fact]
    public async Task The_public_sees_adopted_statements_only_and_a_draft_is_not_found()
    {
        var s = await StatementSetup.CreateAsync(factory);
        var anonymous = factory.CreateClient();
        await anonymous.GetProblemAsync($"/api/v1/statements/{s.Id}", HttpStatusCode.NotFound);
        var forumId = (await (await factory.CreateBearerClientAsync(s.MsitUser)).GetJsonAsync($"/api/v1/statements/{s.Id}")).GetProperty("forumId").GetInt32();
        var list = await anonymous.GetJsonAsync($"/api/v1/forums/{forumId}/statements");
        Assert.DoesNotContain(list.EnumerateArray(), e => e.GetProperty("id").GetInt32() == s.Id);

        // Both co-hosts approve through the API: adopted, and now public.
        foreach (var (user, org) in new[] { (s.MsitUser, s.MsitId), (s.DocUser, s.DocId) })
        {
            var client = await factory.CreateBearerClientAsync(user);
            var d = await client.GetJsonAsync($"/api/v1/statements/{s.Id}");
            var response = await client.PostAsJsonAsync($"/api/v1/statements/{s.Id}/approvals", new
            {
                organizationId = org,
                version = d.GetProperty("currentVersion").GetInt32(),
                contentHash = d.GetProperty("contentHash").GetString(),
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        var adopted = await anonymous.GetJsonAsync($"/api/v1/statements/{s.Id}");
        Assert.Equal("Adopted", adopted.GetProperty("status").GetString());
        Assert.Contains((await anonymous.GetJsonAsync($"/api/v1/forums/{forumId}/statements")).EnumerateArray(), e => e.GetProperty("id").GetInt32() == s.Id);
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, int id, int clauseId, string etag, string en, string ko)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/statements/{id}/clauses/{clauseId}")
        {
            Content = JsonContent.Create(new { kind = "Operative", en, ko }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
