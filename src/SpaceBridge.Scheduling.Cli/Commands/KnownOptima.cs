using System.Globalization;

namespace SpaceBridge.Scheduling.Cli.Commands;

/// <summary>The bench's <c>--optima</c> file: one "instance breaks" pair per line, # starting a comment.</summary>
internal static class KnownOptima
{
    public static Dictionary<string, int> Read(string path)
    {
        if (!File.Exists(path)) throw new ArgumentException($"{path}: no such file");
        var optima = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var breaks))
                throw new ArgumentException($"{path}, line {number}: expected an instance name and a number of breaks");
            if (!optima.TryAdd(parts[0], breaks))
                throw new ArgumentException($"{path}, line {number}: {parts[0]} is listed twice");
        }
        return optima;
    }
}
