using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking;

/// <summary>A clock the tests move by hand.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>A participant of the test: the account, its approved registration, a signed-in cookie client.</summary>
public sealed record Participant(TestUser User, int RegistrationId, HttpClient Client);

/// <summary>The app with a hand-moved clock and helpers that make approved participants of the 8 Nov event.</summary>
public sealed class MeetingsApp : SpaceBridgeFactory
{
    public TestClock Clock { get; } = new(new DateTimeOffset(2023, 10, 20, 0, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // Lets a test see which request a database command belongs to (AgendaQueryCount).
            services.AddHttpContextAccessor();
        });
    }

    public Task<int> EventIdAsync() => WithDbAsync(db => db.Events.Where(e => e.Slug.Contains("rok-us")).Select(e => e.Id).SingleAsync());

    /// <summary>
    /// An accepted request from <paramref name="from"/> to <paramref name="to"/> (with its message, if any), placed and
    /// published in a new slot, 20 minutes after the last one, at a new table.
    /// </summary>
    public async Task<int> PublishedMeetingAsync(Participant from, Participant to, string? table = null, string? message = null)
    {
        var eventId = await EventIdAsync();
        return await WithDbAsync(async db =>
        {
            var index = await db.MeetingSlots.Where(s => s.EventId == eventId).Select(s => (int?)s.Index).MaxAsync() ?? 1000;
            var start = new DateTime(2023, 11, 8, 5, 0, 0, DateTimeKind.Utc).AddMinutes(20 * (index - 999));
            var request = new MeetingRequest
            {
                EventId = eventId, FromRegistrationId = from.RegistrationId, ToRegistrationId = to.RegistrationId, Status = MeetingRequestStatus.Accepted,
                Message = message, CreatedAtUtc = start.AddDays(-10), ExpiresAtUtc = start.AddDays(-3),
            };
            var meeting = new ScheduledMeeting
            {
                EventId = eventId, MeetingRequest = request, IsPublished = true,
                Slot = new MeetingSlot { EventId = eventId, Index = index + 1, StartsAtUtc = start, EndsAtUtc = start.AddMinutes(20) },
                Location = new MeetingLocation { EventId = eventId, Name = table ?? $"Table {index + 1}" },
            };
            db.ScheduledMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }

    /// <summary>A new account with an approved registration; organization by directory acronym or English name, or free text.</summary>
    public async Task<Participant> ParticipantAsync(string name, string country, string? acronym = null, string? organizationName = null,
        string culture = "en", int? personId = null)
    {
        var user = await this.CreateUserAsync();
        var eventId = await EventIdAsync();
        var id = await WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture).SetProperty(u => u.PersonId, personId));
            var organization = acronym is null ? null : await db.Organizations.SingleAsync(o => o.Acronym == acronym || o.Name.En == acronym);
            var registration = new Registration
            {
                EventId = eventId,
                UserId = user.Id,
                SubmittedByUserId = user.Id,
                Email = user.Email,
                RomanizedName = name,
                OrganizationName = organization?.Name.En ?? organizationName ?? "Independent",
                OrganizationId = organization?.Id,
                CountryCode = country,
                ParticipantType = ParticipantType.Delegate,
                ConsentToProcessing = true,
                Status = RegistrationStatus.Approved,
                BadgeToken = Guid.NewGuid().ToString("N"),
            };
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
            return registration.Id;
        });
        return new Participant(user, id, await this.SignInAsync(user));
    }
}
