using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>
/// The <c>admin</c> verbs, run instead of serving:
///   admin create --email X [--password-stdin]
///   admin grant --email X --forum SLUG --role organizer|delegate|exhibitor|press [--organization ACRONYM]
/// The password is read from standard input (one line); there is never a default password.
/// </summary>
public static class AdminCommand
{
    public const string Usage = """
        Usage:
          admin create --email EMAIL [--password-stdin]
          admin grant --email EMAIL --forum SLUG --role organizer|delegate|exhibitor|press [--organization ACRONYM]
        """;

    /// <summary>Options of the admin verbs that take a value; everything else goes to the host.</summary>
    public static readonly string[] ValueOptions = ["--email", "--forum", "--role", "--organization"];
    public static readonly string[] FlagOptions = ["--password-stdin"];

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        var (verb, options) = Parse(args);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        try
        {
            return verb switch
            {
                "create" when options.TryGetValue("--email", out var email) =>
                    await CreateAsync(provider, email, options.ContainsKey("--password-stdin"), input, output, error),
                "grant" when options.ContainsKey("--email") && options.ContainsKey("--forum") && options.ContainsKey("--role") =>
                    await GrantAsync(provider, options, output, error),
                _ => Fail(error, Usage),
            };
        }
        catch (DomainValidationException ex)
        {
            var localizer = provider.GetRequiredService<IStringLocalizer<SharedResource>>();
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            return Fail(error, string.Join(Environment.NewLine, ex.Errors.SelectMany(e => e.Value).Select(k => localizer[k].Value)));
        }
    }

    private static (string? Verb, Dictionary<string, string> Options) Parse(IReadOnlyList<string> args)
    {
        string? verb = null;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (ValueOptions.Contains(args[i]) && i + 1 < args.Count)
            {
                options[args[i]] = args[++i];
            }
            else if (FlagOptions.Contains(args[i]))
            {
                options[args[i]] = "";
            }
            else
            {
                verb ??= args[i];
            }
        }
        return (verb, options);
    }

    private static async Task<int> CreateAsync(IServiceProvider provider, string email, bool fromStdin, TextReader input, TextWriter output, TextWriter error)
    {
        if (!fromStdin)
        {
            await output.WriteLineAsync($"Password for {email} (at least 10 characters with upper and lower case, a digit and a symbol):");
        }
        var password = ReadPassword(input, fromStdin);
        if (string.IsNullOrEmpty(password))
        {
            return Fail(error, "No password given.");
        }
        var errors = await provider.GetRequiredService<AdministratorAccounts>().CreateAsync(email, password);
        if (errors.Count > 0)
        {
            return Fail(error, "The administrator was not created:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)));
        }
        await output.WriteLineAsync($"Administrator {email} is ready to sign in.");
        return 0;
    }

    private static string? ReadPassword(TextReader input, bool fromStdin)
    {
        if (fromStdin || !ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine();
        }
        // Typed at a terminal: do not echo.
        var buffer = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && buffer.Length > 0)
            {
                buffer.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                buffer.Append(key.KeyChar);
            }
        }
        Console.WriteLine();
        return buffer.ToString();
    }

    private static async Task<int> GrantAsync(IServiceProvider provider, Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (!Enum.TryParse<ForumRole>(options["--role"], ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            return Fail(error, $"Unknown role '{options["--role"]}'. " + Usage);
        }
        options.TryGetValue("--organization", out var organization);
        if (role == ForumRole.Organizer && string.IsNullOrWhiteSpace(organization))
        {
            return Fail(error, "An organizer acts for a co-host organization: give --organization ACRONYM.");
        }
        var db = provider.GetRequiredService<AppDbContext>();
        var slug = options["--forum"];
        var forum = await db.Forums.FirstOrDefaultAsync(f => f.Slug == slug);
        if (forum is null)
        {
            return Fail(error, $"No forum with the slug '{slug}'.");
        }
        var grants = provider.GetRequiredService<ForumRoleGrants>();
        await grants.GrantAsync(CommandLineActor, options["--email"], forum.Id, role, role == ForumRole.Organizer ? organization : null);
        await output.WriteLineAsync($"{options["--email"]} is now {role} of {forum.Slug}{(role == ForumRole.Organizer ? $" for {organization}" : "")}.");
        return 0;
    }

    /// <summary>Whoever runs the command on the server acts with administrator rights; the audit log names the command line.</summary>
    private static readonly ClaimsPrincipal CommandLineActor = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "command line"), new Claim(ClaimTypes.Role, PlatformRoles.Administrator)], "cli"));

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 1;
    }
}
