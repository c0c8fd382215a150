using System.Text.Json;

namespace SpaceBridge.Web.Tests.Features.CheckIn;

internal static class Problems
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static string Str(this JsonElement element, params string[] path) =>
        path.Aggregate(element, (e, p) => e.GetProperty(p)).GetString() ?? "";
}
