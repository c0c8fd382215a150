using System.Text.Json.Serialization;
using System.Text.Json;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>How an API client writes request bodies: camelCase, enums by name (the API refuses enum numbers).</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
