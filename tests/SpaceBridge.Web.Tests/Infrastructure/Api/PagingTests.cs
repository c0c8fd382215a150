using System.Net;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Api;

public class PagingTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> ListEndpoints() =>
        ["/api/v1/forums", "/api/v1/events", "/api/v1/people", "/api/v1/organizations", "/api/v1/events/1/sessions"];

    [Theory]
    [InlineData("page=-1", "page")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    public async Task Bad_paging_is_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        foreach (var endpoint in ListEndpoints())
        {
            var problem = await _client.GetProblemAsync($"{endpoint}?{query}", HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"{endpoint}?{query}: {problem}");
            Assert.Contains(parameter, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Pages_slice_the_list_and_report_the_total()
    {
        var first = await _client.GetJsonAsync("/api/v1/people?page=1&pageSize=4");
        var second = await _client.GetJsonAsync("/api/v1/people?page=2&pageSize=4");
        var all = await _client.GetJsonAsync("/api/v1/people?pageSize=100");

        var total = all.GetProperty("totalCount").GetInt32();
        Assert.Equal(9, total);
        Assert.Equal(total, all.GetProperty("items").GetArrayLength());
        Assert.Equal(4, first.GetProperty("items").GetArrayLength());
        Assert.Equal(total, second.GetProperty("totalCount").GetInt32());
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(p => p.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(all.GetProperty("items").EnumerateArray().Take(8).Select(p => p.GetProperty("id").GetInt32()), ids);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public async Task The_page_size_bounds_are_accepted(int pageSize)
    {
        var page = await _client.GetJsonAsync($"/api/v1/organizations?pageSize={pageSize}");

        Assert.Equal(pageSize, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(Math.Min(pageSize, page.GetProperty("totalCount").GetInt32()), page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_not_an_error()
    {
        var page = await _client.GetJsonAsync($"/api/v1/events?page={int.MaxValue}&pageSize=100");

        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
    }
}
