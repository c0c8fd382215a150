using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Feedback;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Pipeline;

/// <summary>Members of directory organizations and the published meetings they held, as the pipeline starts from them.</summary>
public static class HeldMeetings
{
    /// <summary>An approved registration for the event naming the organization (by acronym or English name), optionally of an account.</summary>
    public static Task<Registration> MemberAsync(this SpaceBridgeFactory app, int eventId, string name, string organization, string? userId = null,
        string? email = null) =>
        app.WithDbAsync(async db =>
        {
            var org = await db.Organizations.SingleAsync(o => o.Acronym == organization || o.Name.En == organization);
            var now = DateTime.UtcNow;
            var registration = new Registration
            {
                EventId = eventId, UserId = userId, SubmittedByUserId = userId,
                Email = email ?? $"{Guid.NewGuid():N}@example.org",
                RomanizedName = name, OrganizationName = org.Name.En ?? org.Name.Ko ?? organization, OrganizationId = org.Id,
                CountryCode = org.CountryCode, ParticipantType = ParticipantType.Delegate,
                ConsentToProcessing = true, ConsentedAtUtc = now, Status = RegistrationStatus.Approved,
                SubmittedAtUtc = now, StatusChangedAtUtc = now, BadgeToken = BadgeTokens.New(),
            };
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
            return registration;
        });

    /// <summary>An accepted request between the two, placed in a new slot starting at <paramref name="startUtc"/>, published, both seated.</summary>
    public static Task<int> HeldMeetingAsync(this SpaceBridgeFactory app, int eventId, int registrationA, int registrationB, DateTime startUtc) =>
        app.WithDbAsync(async db =>
        {
            var index = (await db.MeetingSlots.Where(s => s.EventId == eventId).Select(s => (int?)s.Index).MaxAsync() ?? 1000) + 1;
            var slot = new MeetingSlot { EventId = eventId, Index = index, StartsAtUtc = startUtc, EndsAtUtc = startUtc.AddMinutes(20) };
            var location = new MeetingLocation { EventId = eventId, Name = $"Table {index}" };
            db.MeetingSlots.Add(slot);
            db.MeetingLocations.Add(location);
            await db.SaveChangesAsync();
            var meeting = new ScheduledMeeting
            {
                EventId = eventId, Slot = slot, Location = location, IsPublished = true,
                MeetingRequest = new MeetingRequest
                {
                    EventId = eventId, FromRegistrationId = registrationA, ToRegistrationId = registrationB, Status = MeetingRequestStatus.Accepted,
                    CreatedAtUtc = startUtc.AddDays(-10), ExpiresAtUtc = startUtc.AddDays(-3),
                },
                Attendees =
                [
                    new MeetingAttendance { RegistrationId = registrationA, SlotId = slot.Id },
                    new MeetingAttendance { RegistrationId = registrationB, SlotId = slot.Id },
                ],
            };
            db.ScheduledMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
}
