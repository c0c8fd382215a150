namespace SpaceBridge.Web;

/// <summary>
/// What the process was asked to do: serve (default) or run a one-off command such as
/// <c>migrate</c>. Switches without values (<c>--seed-demo</c>) become configuration entries.
/// </summary>
public sealed record StartupCommand(string Verb, string[] HostArgs)
{
    public static StartupCommand Parse(string[] args)
    {
        var verb = "serve";
        var rest = new List<string>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "migrate" when verb == "serve":
                    verb = "migrate";
                    break;
                case "--seed-demo":
                    rest.Add("--Database:SeedDemo=true");
                    break;
                default:
                    rest.Add(arg.StartsWith("--data-dir", StringComparison.Ordinal) ? arg.Replace("--data-dir", "--DataDir") : arg);
                    break;
            }
        }
        return new StartupCommand(verb, [.. rest]);
    }
}
