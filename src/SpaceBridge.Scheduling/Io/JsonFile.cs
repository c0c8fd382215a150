using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpaceBridge.Scheduling.Io;

/// <summary>Shared JSON settings and the translation of parser errors into <see cref="InstanceFormatException"/>.</summary>
internal static class JsonFile
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static byte[] ReadBytes(string path)
    {
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InstanceFormatException(path, 0, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot read file: {e.Message}");
        }
    }

    public static T Deserialize<T>(byte[] utf8, string file) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(utf8, Options)
                ?? throw new InstanceFormatException(file, 1, "the file holds null instead of an object");
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            throw new InstanceFormatException(file, line, Describe(e));
        }
    }

    // JsonException messages end with "Path: ... | LineNumber: ..."; keep the first sentence and the path.
    private static string Describe(JsonException e)
    {
        var message = e.Message.Split('\n')[0];
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var head = cut > 0 ? message[..cut] : message;
        if (e.BytePositionInLine is null && head.Contains("end of data", StringComparison.OrdinalIgnoreCase))
            head += " (truncated file?)";
        return e.Path is { Length: > 1 } path ? $"{head.TrimEnd('.')} at {path}" : head.TrimEnd('.');
    }
}
