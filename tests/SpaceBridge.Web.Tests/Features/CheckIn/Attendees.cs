using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Badges;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.CheckIn;

/// <summary>Registrations put straight into the database for badge and check-in tests, on either provider.</summary>
public static class Attendees
{
    public static Task<int> EventIdAsync(this SpaceBridgeFactory app, string slugPart = "rok-us") =>
        app.WithDbAsync(db => db.Events.Where(e => e.Slug.Contains(slugPart)).Select(e => e.Id).SingleAsync());

    public static Task<Registration> RegisterAsync(this SpaceBridgeFactory app, int eventId, string romanizedName, string? hangulName = null,
        ParticipantType type = ParticipantType.Delegate, string country = "KR", int? rank = null, string? userId = null,
        RegistrationStatus status = RegistrationStatus.Approved, string organization = "Korea Aerospace Research Institute") =>
        app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var registration = new Registration
            {
                EventId = eventId,
                UserId = userId,
                SubmittedByUserId = userId,
                Email = $"{Guid.NewGuid():N}@example.org",
                HangulName = hangulName,
                RomanizedName = romanizedName,
                OrganizationName = organization,
                CountryCode = country,
                ParticipantType = type,
                AccessibilityNeeds = "Wheelchair access",
                NeedsInterpreter = true,
                InterpreterLanguage = "en",
                ConsentToProcessing = true,
                ConsentedAtUtc = now,
                Status = status,
                SubmittedAtUtc = now,
                StatusChangedAtUtc = now,
                ProtocolRank = rank,
                BadgeToken = BadgeTokens.New(),
            };
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
            return registration;
        });

    /// <summary>What the badge's QR code carries for this registration (the same signing service the badge uses).</summary>
    public static string SignedToken(this SpaceBridgeFactory app, Registration registration) =>
        app.Services.GetRequiredService<BadgeSigner>().Sign(registration.BadgeToken);

    public static Task<TestUser> OrganizerAsync(this SpaceBridgeFactory app) => app.CreateUserAsync(new TestForumRole(ForumRole.Organizer));

    public static Task<int> CheckInCountAsync(this SpaceBridgeFactory app, int registrationId) =>
        app.WithDbAsync(db => db.CheckIns.CountAsync(c => c.RegistrationId == registrationId));

    public static Task<int> AuditCountAsync(this SpaceBridgeFactory app, string action, int registrationId) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action && a.Subject == $"registration:{registrationId}"));
}
