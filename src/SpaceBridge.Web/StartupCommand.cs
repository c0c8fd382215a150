using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web;

/// <summary>
/// What the process was asked to do: serve (default) or run a one-off command such as
/// <c>migrate</c> or <c>admin create ...</c>. Switches without values (<c>--seed-demo</c>) become configuration
/// entries; the admin verb's own words and options go to <see cref="VerbArgs"/>.
/// </summary>
public sealed record StartupCommand(string Verb, string[] HostArgs)
{
    public string[] VerbArgs { get; init; } = [];

    public static StartupCommand Parse(string[] args)
    {
        var verb = "serve";
        var rest = new List<string>();
        var verbArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "migrate" when verb == "serve":
                    verb = "migrate";
                    break;
                case "admin" when verb == "serve":
                    verb = "admin";
                    break;
                case "--seed-demo":
                    rest.Add("--Database:SeedDemo=true");
                    break;
                case var _ when verb == "admin" && AdminCommand.ValueOptions.Contains(arg) && i + 1 < args.Length:
                    verbArgs.Add(arg);
                    verbArgs.Add(args[++i]);
                    break;
                case var _ when verb == "admin" && (AdminCommand.FlagOptions.Contains(arg) || !arg.StartsWith('-')) && !IsHostValue(args, i):
                    verbArgs.Add(arg);
                    break;
                default:
                    rest.Add(arg.StartsWith("--data-dir", StringComparison.Ordinal) ? arg.Replace("--data-dir", "--DataDir") : arg);
                    break;
            }
        }
        return new StartupCommand(verb, [.. rest]) { VerbArgs = [.. verbArgs] };
    }

    /// <summary>A word that follows a host switch such as <c>--data-dir /tmp/x</c> is that switch's value.</summary>
    private static bool IsHostValue(string[] args, int i) =>
        i > 0 && args[i - 1].StartsWith("--", StringComparison.Ordinal) && !args[i - 1].Contains('=')
        && !AdminCommand.FlagOptions.Contains(args[i - 1]) && !AdminCommand.ValueOptions.Contains(args[i - 1]) && args[i - 1] != "--seed-demo";
}
