namespace SpaceBridge.Scheduling.Io;

/// <summary>Typed access to parsed .dzn parameters, failing with the file and line of the problem.</summary>
internal sealed class DznData(Dictionary<string, DznValue> values, string file, int lastLine)
{
    private DznValue Get(string name) =>
        values.TryGetValue(name, out var value)
            ? value
            : throw new InstanceFormatException(file, lastLine, $"missing parameter '{name}' (truncated file?)");

    public int Int(string name, int min, int max = int.MaxValue)
    {
        if (Get(name) is not DznInt value)
            throw new InstanceFormatException(file, Get(name).Line, $"'{name}' must be an integer");
        CheckRange(value, min, max, name);
        return (int)value.Value;
    }

    public DznMatrix Matrix(string name, int rows)
    {
        var value = Get(name);
        // An empty 1-d array literal stands for an empty matrix too.
        if (value is DznArray { Items.Count: 0 }) value = new DznMatrix([], value.Line);
        if (value is not DznMatrix matrix)
            throw new InstanceFormatException(file, value.Line, $"'{name}' must be a 2-d array [| ... |]");
        if (matrix.Rows.Count != rows)
            throw new InstanceFormatException(file, matrix.Line, $"'{name}' has {matrix.Rows.Count} rows, expected {rows}");
        return matrix;
    }

    public DznArray IntArray(string name, int length)
    {
        var array = Array(name, length);
        foreach (var item in array.Items)
            if (item is not DznInt)
                throw new InstanceFormatException(file, item.Line, $"'{name}' must hold integers");
        return array;
    }

    public IReadOnlyList<DznSet> SetArray(string name, int length)
    {
        var array = Array(name, length);
        return [.. array.Items.Select(item => item as DznSet
            ?? throw new InstanceFormatException(file, item.Line, $"'{name}' must hold sets {{...}}"))];
    }

    private DznArray Array(string name, int length)
    {
        var value = Get(name);
        if (value is not DznArray array)
            throw new InstanceFormatException(file, value.Line, $"'{name}' must be an array [...]");
        if (array.Items.Count != length)
            throw new InstanceFormatException(file, array.Line, $"'{name}' has {array.Items.Count} entries, expected {length}");
        return array;
    }

    public void CheckRange(DznValue value, long min, long max, string what)
    {
        var v = ((DznInt)value).Value;
        if (v < 0 && min >= 0)
            throw new InstanceFormatException(file, value.Line, $"{what} is negative ({v})");
        if (v < min || v > max)
            throw new InstanceFormatException(file, value.Line, $"{what} is {v}, outside {min}..{max}");
    }
}
