using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>A parameter of an operation as the OpenAPI document describes it (path or query).</summary>
public sealed record ApiParameter(string Name, string In, JsonElement Schema);

/// <summary>One operation of the app's own OpenAPI document: method, path template, parameters and JSON body schema.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? BodySchema)
{
    public string Key => $"{Method} {Path}";
    public bool IsApi => Path.StartsWith("/api/", StringComparison.Ordinal);
}

/// <summary>Reads the operations of an OpenAPI 3.x document and builds sample values from its schemas.</summary>
public sealed class OpenApiOperations(JsonElement document)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public IReadOnlyList<ApiOperation> All()
    {
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var common) ? common.EnumerateArray().ToList() : [];
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                var own = method.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                var parameters = shared.Concat(own).Select(Resolve)
                    .Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var schema) ? Resolve(schema) : default))
                    .Where(p => p.In is "path" or "query")
                    .ToList();
                JsonElement? body = method.Value.TryGetProperty("requestBody", out var requestBody)
                    && Resolve(requestBody).GetProperty("content").TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var bodySchema)
                    ? Resolve(bodySchema)
                    : null;
                operations.Add(new ApiOperation(method.Name.ToUpperInvariant(), path.Name, parameters, body));
            }
        }
        return operations;
    }

    /// <summary>The schema a <c>$ref</c> points to (components), or the element itself.</summary>
    public JsonElement Resolve(JsonElement element)
    {
        for (var hops = 0; hops < 16 && element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference); hops++)
        {
            element = reference.GetString()!.TrimStart('#', '/').Split('/')
                .Aggregate(document, (node, part) => node.GetProperty(part.Replace("~1", "/").Replace("~0", "~")));
        }
        return element;
    }

    /// <summary>The first type a schema allows other than null (OpenAPI 3.1 lists several), "enum" for enums, "any" when untyped.</summary>
    public string TypeOf(JsonElement schema)
    {
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "any";
        }
        if (schema.TryGetProperty("enum", out _))
        {
            return "enum";
        }
        if (schema.TryGetProperty("type", out var type))
        {
            return type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "null"
                : type.GetString()!;
        }
        foreach (var choice in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(choice, out var options))
            {
                return options.EnumerateArray().Select(TypeOf).FirstOrDefault(t => t != "null") ?? "null";
            }
        }
        return schema.TryGetProperty("properties", out _) ? "object" : "any";
    }

    /// <summary>The schema behind oneOf/anyOf (its first non-null choice), resolved.</summary>
    public JsonElement Concrete(JsonElement schema)
    {
        schema = Resolve(schema);
        foreach (var choice in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(choice, out var options))
            {
                return options.EnumerateArray().Select(Resolve).FirstOrDefault(o => TypeOf(o) != "null");
            }
        }
        return schema;
    }

    public IReadOnlyList<string> EnumNames(JsonElement schema) =>
        Concrete(schema).TryGetProperty("enum", out var values) ? [.. values.EnumerateArray().Select(v => v.ToString())] : [];

    /// <summary>A plausible value for the schema; <paramref name="value"/> picks values for named members (ids, e-mails).</summary>
    public JsonNode? Sample(JsonElement schema, string name, Func<string, JsonNode?> value, int depth = 0)
    {
        schema = Concrete(schema);
        if (value(name) is { } chosen)
        {
            return chosen;
        }
        switch (TypeOf(schema))
        {
            case "enum":
                return JsonValue.Create(EnumNames(schema).FirstOrDefault() ?? "");
            case "integer":
                return JsonValue.Create(1);
            case "number":
                return JsonValue.Create(1.5);
            case "boolean":
                return JsonValue.Create(true);
            case "array" when depth < 6:
                var item = schema.TryGetProperty("items", out var items) ? Sample(items, name, value, depth + 1) : null;
                return new JsonArray(item);
            case "object" when depth < 6:
                var result = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        result[property.Name] = Sample(property.Value, property.Name, value, depth + 1);
                    }
                }
                return result;
            default:
                return JsonValue.Create("fuzz");
        }
    }
}
