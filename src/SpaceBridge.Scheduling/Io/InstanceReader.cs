using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Io;

/// <summary>Reads an instance file by its extension: <c>.dzn</c> (UdG benchmark) or JSON.</summary>
public static class InstanceReader
{
    public static Instance Read(string path) =>
        Path.GetExtension(path).Equals(".dzn", StringComparison.OrdinalIgnoreCase)
            ? DznInstanceReader.Read(path)
            : InstanceJson.Read(path);
}
