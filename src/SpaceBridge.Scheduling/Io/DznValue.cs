namespace SpaceBridge.Scheduling.Io;

/// <summary>A parsed .dzn value with the line it starts on.</summary>
internal abstract record DznValue(int Line);

internal sealed record DznInt(long Value, int Line) : DznValue(Line);

internal sealed record DznSet(IReadOnlyList<DznInt> Items, int Line) : DznValue(Line);

internal sealed record DznArray(IReadOnlyList<DznValue> Items, int Line) : DznValue(Line);

/// <summary>A two-dimensional array literal <c>[| a, b | c, d |]</c>.</summary>
internal sealed record DznMatrix(IReadOnlyList<IReadOnlyList<DznInt>> Rows, int Line) : DznValue(Line);
