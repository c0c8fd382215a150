namespace SpaceBridge.Scheduling.Io;

internal enum DznTokenKind { Identifier, Integer, Symbol, End }

internal readonly record struct DznToken(DznTokenKind Kind, string Text, int Line)
{
    public bool Is(string symbol) => Kind == DznTokenKind.Symbol && Text == symbol;
    public override string ToString() => Kind == DznTokenKind.End ? "end of file" : $"'{Text}'";
}

/// <summary>Splits MiniZinc data (.dzn) text into tokens, skipping whitespace and % comments.</summary>
internal static class DznTokenizer
{
    public static List<DznToken> Tokenize(string text, string file)
    {
        var tokens = new List<DznToken>();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n') { line++; i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '%')
            {
                while (i < text.Length && text[i] != '\n') i++;
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new(DznTokenKind.Identifier, text[start..i], line));
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                tokens.Add(new(DznTokenKind.Integer, text[start..i], line));
                continue;
            }
            if (c == '.' && i + 1 < text.Length && text[i + 1] == '.')
            {
                tokens.Add(new(DznTokenKind.Symbol, "..", line));
                i += 2;
                continue;
            }
            if ("=;[]{}|,".Contains(c))
            {
                tokens.Add(new(DznTokenKind.Symbol, c.ToString(), line));
                i++;
                continue;
            }
            throw new InstanceFormatException(file, line, $"unexpected character '{c}'");
        }
        tokens.Add(new(DznTokenKind.End, "", line));
        return tokens;
    }
}
