using System.Net;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme.People;

public class PeopleAndOrganizationsApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task People_filtered_by_country_all_belong_to_organizations_of_that_country()
    {
        var korean = await _client.GetJsonAsync("/api/v1/people?country=kr");

        var people = korean.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, people.Count);
        Assert.All(people, p => Assert.Equal("KR", p.GetProperty("organization").GetProperty("countryCode").GetString()));
        Assert.Contains(people, p => p.GetProperty("hangulName").GetString() == "이종호");
    }

    [Fact]
    public async Task Organizations_filtered_by_country_all_have_that_country()
    {
        var us = await _client.GetJsonAsync("/api/v1/organizations?country=US&pageSize=100");

        var items = us.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(us.GetProperty("totalCount").GetInt32(), items.Count);
        Assert.True(items.Count > 10);
        Assert.All(items, o => Assert.Equal("US", o.GetProperty("countryCode").GetString()));
    }

    [Fact]
    public async Task A_person_lists_the_sessions_they_take_part_in_with_local_times()
    {
        var minister = (await _client.GetJsonAsync("/api/v1/people?country=KR")).GetProperty("items").EnumerateArray()
            .Single(p => p.GetProperty("romanizedName").GetString() == "Lee Jong-ho");

        var person = await _client.GetJsonAsync($"/api/v1/people/{minister.GetProperty("id").GetInt32()}");

        var session = Assert.Single(person.GetProperty("sessions").EnumerateArray());
        Assert.Equal("2023-11-08T09:30:00+09:00", session.GetProperty("startsAt").GetString());
        Assert.Equal("Speaker", session.GetProperty("role").GetString());
    }

    [Fact]
    public async Task An_organization_shows_its_country_and_people()
    {
        var msit = (await _client.GetJsonAsync("/api/v1/organizations?country=KR")).GetProperty("items").EnumerateArray()
            .Single(o => o.GetProperty("acronym").GetString() == "MSIT");

        var organization = await _client.GetJsonAsync($"/api/v1/organizations/{msit.GetProperty("id").GetInt32()}");

        Assert.Equal("대한민국", organization.GetProperty("countryName").GetProperty("ko").GetString());
        Assert.Equal("GovernmentAgency", organization.GetProperty("kind").GetString());
        Assert.Equal(3, organization.GetProperty("people").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/people?country=KOR")]
    [InlineData("/api/v1/people?country=1A")]
    [InlineData("/api/v1/organizations?country=U")]
    public async Task A_malformed_country_is_a_400_problem(string url)
    {
        var problem = await _client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("country", out _));
    }
}
