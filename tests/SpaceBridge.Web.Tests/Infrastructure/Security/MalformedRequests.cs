using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>
/// Builds requests for an operation of the OpenAPI document the way a careless client or an attacker would: path
/// ids and query values of the wrong type, size or encoding, JSON bodies with members missing, null, of the wrong
/// type, repeated or unknown, bodies that are not JSON, and content types that lie. Real ids are mixed in, so many
/// requests get past routing and authorization into the handlers. Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed class MalformedRequests(OpenApiOperations document, Func<string, IReadOnlyList<string>> realValues)
{
    private static readonly string[] BadNumbers =
    [
        "0", "-1", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3", "abc", "", " ", "%00", "0x10",
        "%EF%BC%91", "NaN", "null", "true", "%5B%5D", "1%3BDROP%20TABLE", "%2e%2e%2f1", new string('9', 4000),
    ];

    private static readonly string[] BadTexts =
    [
        "", " ", "%00", "%01%1B%5B31m", "%27%20OR%201%3D1%20--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%F0%9F%9B%B0", "%zz", "%E0%A4%A",
        "..%2F..%2Fetc%2Fpasswd", "null", "KR", "kr", "K", "ZZZ", new string('a', 5000), "%E2%80%AE",
    ];

    private static readonly string[] BadEnums = ["0", "1", "99", "-1", "", "approve", "APPROVED", "Approved,Submitted", "None", "%00"];

    private static readonly (string? ContentType, string Body)[] OddBodies =
    [
        ("application/json", "null"), ("application/json", "[]"), ("application/json", "{"), ("application/json", "\"text\""),
        ("application/json", "42"), ("application/json", ""), ("application/json", new string('[', 300) + new string(']', 300)),
        ("application/json; charset=\"\"", "{}"), ("application/json; charset=utf-16", "{\"a\":1}"), ("application/json; charset=klingon", "{}"),
        ("text/plain", "hello"), ("application/xml", "<a/>"), ("application/x-www-form-urlencoded", "kind=Full&decision=Approve"),
        ("multipart/form-data; boundary=XyZ", "not multipart at all"), ("multipart/form-data", "no boundary"), (null, "{}"),
        ("application/json; ===", "{}"), ("text/csv", "email\r\n\0\r\n"),
    ];

    /// <summary>A request for the operation; the path keeps its route and the rest varies.</summary>
    public HttpRequestMessage Next(ApiOperation operation, Random random)
    {
        var path = operation.Path;
        var query = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.In == "path")
            {
                path = path.Replace("{" + parameter.Name + "}", PathValue(parameter, random));
            }
            else if (random.Next(3) > 0)
            {
                query.Add($"{Uri.EscapeDataString(parameter.Name)}={QueryValue(parameter, random)}");
            }
        }
        if (random.Next(6) == 0)
        {
            query.Add(random.Next(2) == 0 ? "page=1&page=2" : $"unknown{random.Next(10)}=%00x");
        }
        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        var method = random.Next(25) == 0 ? (operation.Method == "GET" ? "DELETE" : "PUT") : operation.Method;
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            request.Content = Body(operation, random);
        }
        if (random.Next(5) == 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", Pick(random, ["text/html", "application/xml", "*/*", "text/calendar", "application/problem+json"]));
        }
        return request;
    }

    private string PathValue(ApiParameter parameter, Random random)
    {
        var real = realValues(parameter.Name);
        if (real.Count > 0 && random.Next(2) == 0)
        {
            return Pick(random, real);
        }
        // A NUL in the path never reaches the app: Kestrel refuses the request line, and the test server cannot send it.
        var value = document.TypeOf(parameter.Schema) == "integer" ? Pick(random, BadNumbers) : Pick(random, BadTexts);
        return value.Contains("%00", StringComparison.Ordinal) ? "%01" : value;
    }

    private string QueryValue(ApiParameter parameter, Random random)
    {
        var type = document.TypeOf(parameter.Schema);
        var names = document.EnumNames(parameter.Schema);
        var good = type switch
        {
            "enum" => names.Count > 0 ? Pick(random, names) : "x",
            "integer" => Pick(random, ["1", "2", "20", "100"]),
            "boolean" => Pick(random, ["true", "false"]),
            _ when parameter.Name == "country" => Pick(random, ["KR", "US", "kr"]),
            _ when parameter.Name == "day" => "2023-11-08",
            _ => Pick(random, ["space", "satellite", "위성"]).Replace("위성", "%EC%9C%84%EC%84%B1"),
        };
        if (random.Next(3) == 0)
        {
            return good;
        }
        return type switch
        {
            "enum" => Pick(random, BadEnums),
            "integer" => Pick(random, BadNumbers),
            "boolean" => Pick(random, ["maybe", "1", "", "TRUE", "%00"]),
            _ when parameter.Name == "day" => Pick(random, ["2023-13-45", "yesterday", "0000-00-00", "9999-12-31", "2023-11-08T25:00"]),
            _ => Pick(random, BadTexts),
        };
    }

    private HttpContent Body(ApiOperation operation, Random random)
    {
        if (operation.BodySchema is not { } schema || random.Next(4) == 0)
        {
            var (contentType, text) = Pick(random, OddBodies);
            var odd = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            if (contentType is not null)
            {
                odd.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
            return odd;
        }
        var sample = document.Sample(schema, "", name => SampleValue(name, random));
        var json = Mutate(sample, random)?.ToJsonString() ?? "null";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private JsonNode? SampleValue(string name, Random random)
    {
        var real = realValues(name);
        if (real.Count > 0 && int.TryParse(Pick(random, real), out var id))
        {
            return JsonValue.Create(id);
        }
        return name switch
        {
            "email" => JsonValue.Create($"fuzz-{random.Next(1000)}@example.org"),
            "password" => JsonValue.Create("Not-the-password-1"),
            "countryCode" => JsonValue.Create(Pick(random, ["KR", "US", "TH"])),
            "romanizedName" or "organizationName" => JsonValue.Create("Fuzz Tester"),
            _ => null,
        };
    }

    /// <summary>One change to a sample body: a member removed, nulled, retyped, oversized or repeated, or one added.</summary>
    private static JsonNode? Mutate(JsonNode? sample, Random random)
    {
        if (sample is not JsonObject body || body.Count == 0 || random.Next(6) == 0)
        {
            return sample;
        }
        var members = body.Select(m => m.Key).ToList();
        var member = Pick(random, members);
        var current = body[member];
        JsonNode? replacement = random.Next(12) switch
        {
            0 => null,
            1 => JsonValue.Create("\u0000"),
            2 => JsonValue.Create(new string('x', 10_000)),
            3 => JsonValue.Create(2147483648L),
            4 => JsonValue.Create(-1),
            5 => JsonValue.Create(99),
            6 => new JsonObject { ["nested"] = new JsonArray(1, 2) },
            7 => current is JsonArray list && list.Count > 0 ? new JsonArray(list[0]?.DeepClone(), list[0]?.DeepClone(), null) : new JsonArray(),
            8 => JsonValue.Create(true),
            9 => JsonValue.Create("1.5"),
            _ => current?.DeepClone(),
        };
        switch (random.Next(4))
        {
            case 0:
                body.Remove(member);
                break;
            case 1:
                body[$"extra{random.Next(100)}"] = JsonValue.Create("surprise");
                break;
            default:
                body[member] = replacement;
                break;
        }
        return body;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
