using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Benchmarks;

/// <summary>
/// <c>load-forum</c>: fills a migrated database that holds the demo forum with the generated forum of
/// <see cref="ReportBenchmarks"/> (3,000 approved participants, 20,000 published meetings on day 1) and gives the first
/// N participants confirmed accounts with one password, so a load script can sign them in and ask for their personal
/// agendas. Prints the day-1 event id and then one e-mail address per line.
/// <code>
/// load-forum --provider postgres|sqlite --connection "..." --accounts 200 --password "..."
/// </code>
/// </summary>
public static class LoadForumCommand
{
    public static int Run(string[] args)
    {
        string? provider = null, connection = null, password = null;
        var accounts = 200;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--provider": provider = args[++i]; break;
                case "--connection": connection = args[++i]; break;
                case "--password": password = args[++i]; break;
                case "--accounts": accounts = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"load-forum: unknown argument {args[i]}");
                    return 2;
            }
        }
        if (provider is not ("postgres" or "sqlite") || connection is null || string.IsNullOrEmpty(password) || accounts is < 1 or > ReportBenchmarks.Participants)
        {
            Console.Error.WriteLine("usage: load-forum --provider postgres|sqlite --connection \"...\" --accounts 1..3000 --password \"...\"");
            return 2;
        }

        using AppDbContext db = provider == "postgres"
            ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options)
            : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options);
        var ev = db.Events.SingleOrDefault(e => e.Slug == DemoForumSeeder.Day1Slug);
        if (ev is null)
        {
            Console.Error.WriteLine("load-forum: the demo forum is not in this database (start the app once with the demo seeded)");
            return 1;
        }
        if (db.Registrations.Any(r => r.EventId == ev.Id && r.Email.EndsWith("@bench.example")))
        {
            Console.Error.WriteLine("load-forum: this database already holds a generated forum");
            return 1;
        }
        ReportBenchmarks.Generate(db, ev.Id, ev.StartDate);

        var hasher = new PasswordHasher<AppUser>();
        var registrations = db.Registrations.Where(r => r.EventId == ev.Id && r.Email.EndsWith("@bench.example"))
            .OrderBy(r => r.Id).Take(accounts).ToList();
        var hash = hasher.HashPassword(new AppUser(), password);
        foreach (var registration in registrations)
        {
            var user = new AppUser
            {
                UserName = registration.Email, NormalizedUserName = registration.Email.ToUpperInvariant(),
                Email = registration.Email, NormalizedEmail = registration.Email.ToUpperInvariant(), EmailConfirmed = true,
                PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                DisplayName = registration.RomanizedName, CreatedAtUtc = DateTime.UtcNow, LockoutEnabled = true,
            };
            db.Users.Add(user);
            registration.UserId = user.Id;
        }
        db.SaveChanges();
        Console.WriteLine(ev.Id);
        foreach (var registration in registrations)
        {
            Console.WriteLine(registration.Email);
        }
        return 0;
    }
}
