namespace SpaceBridge.Scheduling.Io;

/// <summary>
/// An instance or solution file that cannot be read. <see cref="Exception.Message"/> is one line
/// of the form <c>file:line: problem</c>, meant to be shown to a person as it is.
/// </summary>
public sealed class InstanceFormatException(string file, int line, string problem, Exception? inner = null)
    : Exception($"{file}:{line}: {problem}", inner)
{
    public string File { get; } = file;
    /// <summary>1-based line of the problem; 0 when the file as a whole is at fault.</summary>
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
