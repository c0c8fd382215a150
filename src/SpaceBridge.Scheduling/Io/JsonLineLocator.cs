using System.Text.Json;

namespace SpaceBridge.Scheduling.Io;

/// <summary>
/// Finds the line of a value in a JSON text by its path (property names and array indices),
/// so that problems found after deserialization can still name a line.
/// Falls back to the deepest part of the path that exists.
/// </summary>
internal static class JsonLineLocator
{
    public static int LineOf(byte[] utf8, params object[] path)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var frames = new List<Frame>();
        var current = new List<object>();
        long bestOffset = 0;
        var bestDepth = -1;
        string? property = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    if (current.Count > 0) current.RemoveAt(current.Count - 1);
                    continue;
                }

                // A value: work out its path segment from the enclosing container.
                object? segment = null;
                if (frames.Count > 0)
                {
                    var top = frames[^1];
                    segment = top.IsArray ? top.NextIndex++ : property;
                }
                if (segment is not null) current.Add(segment);

                var depth = MatchingDepth(current, path);
                if (depth == current.Count && depth > bestDepth)
                {
                    bestDepth = depth;
                    bestOffset = reader.TokenStartIndex;
                    if (depth == path.Length) break;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                else if (segment is not null)
                    current.RemoveAt(current.Count - 1);
            }
        }
        catch (JsonException)
        {
            // Malformed text is reported by the deserializer; here we only want a best-effort line.
        }
        return LineAt(utf8, bestOffset);
    }

    public static int LineAt(byte[] utf8, long offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < utf8.Length; i++)
            if (utf8[i] == (byte)'\n') line++;
        return line;
    }

    private static int MatchingDepth(List<object> current, object[] path)
    {
        var n = 0;
        while (n < current.Count && n < path.Length && Equals(current[n], path[n])) n++;
        return n;
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
    }
}
