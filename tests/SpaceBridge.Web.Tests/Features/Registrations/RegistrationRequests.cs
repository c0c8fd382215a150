using System.Net.Http.Json;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>Request helpers for the registration API.</summary>
public static class RegistrationRequests
{
    public static RegistrationDetails Details(string name, string country = "US", bool directory = false) => new()
    {
        RomanizedName = name,
        OrganizationName = "Test Space Corp",
        CountryCode = country,
        Position = "Engineer",
        ConsentToProcessing = true,
        ConsentToDirectory = directory,
    };

    public static async Task<RegistrationDto> RegisterAsync(this HttpClient client, int eventId, RegistrationDetails details)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations", details, ApiJson.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RegistrationDto>())!;
    }

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient client, int eventId, string decision, params RegistrationDto[] registrations) =>
        client.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations/review",
            new { decision, items = registrations.Select(r => new { registrationId = r.Id, version = r.Version }) });
}
