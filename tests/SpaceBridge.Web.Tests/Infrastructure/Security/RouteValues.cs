using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>
/// Route parameters filled from the demo forum (its first event, a session, a person, an organization), plus a
/// second forum created here so that "organizer of another forum" has somewhere to be organizer.
/// </summary>
public sealed partial class RouteValues
{
    public int ForumId { get; private init; }
    public int EventId { get; private init; }
    public int SessionId { get; private init; }
    public int PersonId { get; private init; }
    public int OrganizationId { get; private init; }
    public int OtherForumId { get; private init; }
    /// <summary>An approved registration for the first event that none of the matrix's callers owns.</summary>
    public int RegistrationId { get; private init; }
    /// <summary>An exhibitor of the first event (the demo exhibition).</summary>
    public int ExhibitorId { get; private init; }

    public static async Task<RouteValues> LoadAsync(SpaceBridgeFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var forum = await db.Forums.SingleAsync(f => f.Slug == DemoForumSeeder.ForumSlug);
        var day1 = await db.Events.SingleAsync(e => e.Slug == DemoForumSeeder.Day1Slug);
        var other = await db.Forums.FirstOrDefaultAsync(f => f.Slug == "matrix-other-forum") ?? await CreateOtherForumAsync(db);
        return new RouteValues
        {
            ForumId = forum.Id,
            EventId = day1.Id,
            SessionId = await db.Sessions.Where(s => s.EventId == day1.Id).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            PersonId = await db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            OrganizationId = await db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(),
            OtherForumId = other.Id,
            RegistrationId = await ApprovedRegistrationAsync(db, day1.Id),
            ExhibitorId = await db.Exhibitors.Where(x => x.EventId == day1.Id).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync(),
        };
    }

    private static async Task<Forum> CreateOtherForumAsync(AppDbContext db)
    {
        var host = await db.Organizations.SingleAsync(o => o.Acronym == "UAH");
        var forum = new Forum { Slug = "matrix-other-forum", City = "Huntsville", TimeZoneId = "America/Chicago", Name = new("Other Forum", "다른 포럼") };
        var e = new Event
        {
            Forum = forum,
            Slug = "other-symposium",
            TimeZoneId = "America/Chicago",
            StartDate = new DateOnly(2024, 5, 1),
            EndDate = new DateOnly(2024, 5, 1),
            Name = new("Other symposium", "다른 심포지엄"),
        };
        e.Hosts.Add(new EventHost { Organization = host, Role = HostRole.Host });
        forum.Events.Add(e);
        db.Forums.Add(forum);
        await db.SaveChangesAsync();
        return forum;
    }

    private static async Task<int> ApprovedRegistrationAsync(AppDbContext db, int eventId)
    {
        const string email = "matrix-registration@example.org";
        if (await db.Registrations.Where(r => r.Email == email).Select(r => (int?)r.Id).FirstOrDefaultAsync() is { } id)
        {
            return id;
        }
        var registration = new Registration
        {
            EventId = eventId, Email = email, RomanizedName = "Matrix Registrant", OrganizationName = "KARI", CountryCode = "KR",
            Status = RegistrationStatus.Approved, ConsentToProcessing = true, BadgeToken = BadgeTokens.New(),
        };
        db.Registrations.Add(registration);
        await db.SaveChangesAsync();
        return registration.Id;
    }

    /// <summary>The URL to call for an endpoint; a parameter this class cannot fill fails the test with its name.</summary>
    public string Fill(MatrixEndpoint endpoint)
    {
        var url = Parameter().Replace(endpoint.Pattern, match =>
        {
            var name = match.Groups["name"].Value;
            var before = endpoint.Pattern[..match.Index].TrimEnd('/');
            var segment = before[(before.LastIndexOf('/') + 1)..];
            return (name, segment) switch
            {
                ("eventId", _) or ("id", "events") => EventId.ToString(),
                ("forumId", _) or ("id", "forums") => ForumId.ToString(),
                ("sessionId", _) or ("id", "sessions") => SessionId.ToString(),
                ("personId", _) or ("id", "people") => PersonId.ToString(),
                ("organizationId", _) or ("id", "organizations") => OrganizationId.ToString(),
                ("registrationId", _) or ("id", "registrations") => RegistrationId.ToString(),
                ("exhibitorId", _) => ExhibitorId.ToString(),
                ("runId", _) or ("poolId", _) => "999999",
                ("requestId", _) => "2147480000",
                ("batchId", _) => "2147480000",
                ("code", "status") => "404",
                ("id", "organization-proposals") or ("id", "meeting-requests") or ("id", "scheduled-meetings") or ("meetingId", _) or ("opportunityId", _) => "2147480000",
                ("id", "statements") or ("statementId", _) or ("clauseId", _) or ("itemId", _) or ("id", "attachments") => "2147480000",
                ("id", "initiatives") or ("id", "news") => "2147480000",
                ("token", _) => "no-such-token",
                ("documentName", _) => "v1",
                _ => throw new Xunit.Sdk.XunitException(
                    $"The matrix cannot fill {{{name}}} in {endpoint.Pattern}: teach RouteValues.Fill a value for it."),
            };
        });
        // Pages that need a query to do anything get one that keeps them harmless.
        return endpoint.Pattern == "/language" ? url + "?culture=ko&returnUrl=/" : url;
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
