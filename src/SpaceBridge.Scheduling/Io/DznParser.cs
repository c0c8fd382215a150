namespace SpaceBridge.Scheduling.Io;

/// <summary>
/// Parses the subset of MiniZinc data files the UdG benchmark uses: <c>name = value;</c>
/// assignments of integers, sets (<c>{1,2}</c>, <c>1..3</c>), arrays and 2-d array literals.
/// </summary>
internal sealed class DznParser(List<DznToken> tokens, string file)
{
    private int _position;

    public static Dictionary<string, DznValue> Parse(string text, string file) =>
        new DznParser(DznTokenizer.Tokenize(text, file), file).ParseAssignments();

    private DznToken Peek => tokens[_position];

    private Dictionary<string, DznValue> ParseAssignments()
    {
        var values = new Dictionary<string, DznValue>(StringComparer.Ordinal);
        while (Peek.Kind != DznTokenKind.End)
        {
            var name = Next();
            if (name.Kind != DznTokenKind.Identifier) throw Error(name, $"expected a parameter name, found {name}");
            Expect("=");
            var value = ParseValue();
            Expect(";");
            if (!values.TryAdd(name.Text, value)) throw Error(name, $"parameter '{name.Text}' is assigned twice");
        }
        return values;
    }

    private DznValue ParseValue()
    {
        var token = Peek;
        if (token.Is("{")) return ParseSetLiteral();
        if (token.Is("[")) return ParseArray();
        if (token.Kind == DznTokenKind.Integer)
        {
            var first = ParseInt();
            if (!Peek.Is("..")) return first;
            Next();
            var last = ParseInt();
            var items = new List<DznInt>();
            for (var v = first.Value; v <= last.Value; v++) items.Add(new(v, first.Line));
            return new DznSet(items, first.Line);
        }
        throw Error(token, $"expected a value, found {token}");
    }

    private DznSet ParseSetLiteral()
    {
        var open = Expect("{");
        var items = new List<DznInt>();
        while (!Peek.Is("}"))
        {
            items.Add(ParseInt());
            if (!Peek.Is("}")) Expect(",");
        }
        Next();
        return new DznSet(items, open.Line);
    }

    private DznValue ParseArray()
    {
        var open = Expect("[");
        if (Peek.Is("|")) return ParseMatrix(open);
        var items = new List<DznValue>();
        while (!Peek.Is("]"))
        {
            items.Add(ParseValue());
            if (!Peek.Is("]")) Expect(",");
        }
        Next();
        return new DznArray(items, open.Line);
    }

    private DznMatrix ParseMatrix(DznToken open)
    {
        Expect("|");
        var rows = new List<IReadOnlyList<DznInt>>();
        while (!Peek.Is("]"))
        {
            var row = new List<DznInt>();
            while (Peek.Kind == DznTokenKind.Integer)
            {
                row.Add(ParseInt());
                if (Peek.Is(",")) Next();
            }
            Expect("|");
            if (row.Count > 0) rows.Add(row);
        }
        Next();
        return new DznMatrix(rows, open.Line);
    }

    private DznInt ParseInt()
    {
        var token = Next();
        if (token.Kind != DznTokenKind.Integer) throw Error(token, $"expected an integer, found {token}");
        if (!long.TryParse(token.Text, out var value) || value is > int.MaxValue or < int.MinValue)
            throw Error(token, $"integer {token.Text} is out of range");
        return new DznInt(value, token.Line);
    }

    private DznToken Next()
    {
        var token = tokens[_position];
        if (token.Kind == DznTokenKind.End) throw Error(token, "unexpected end of file (truncated?)");
        _position++;
        return token;
    }

    private DznToken Expect(string symbol)
    {
        var token = Peek;
        if (token.Kind == DznTokenKind.End) throw Error(token, $"unexpected end of file, expected '{symbol}' (truncated?)");
        if (!token.Is(symbol)) throw Error(token, $"expected '{symbol}', found {token}");
        return Next();
    }

    private InstanceFormatException Error(DznToken at, string problem) => new(file, at.Line, problem);
}
