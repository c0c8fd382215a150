using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Pipeline.FollowUp;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Pipeline;

/// <summary>Who each follow-up audience reaches: participants of held meetings only, members of open initiatives' parties only, one entry per address.</summary>
public sealed class FollowUpAudiencesTests
{
    [Fact]
    public async Task Meeting_participants_are_those_of_held_meetings_and_initiative_parties_those_of_open_initiatives()
    {
        await using var app = new SpaceBridgeFactory();
        var (forumId, eventId) = await app.WithDbAsync(async db => await db.Events.Where(e => e.Slug == DemoForumSeeder.Day2Slug)
            .Select(e => new { e.ForumId, e.Id }).SingleAsync() is var e ? (e.ForumId, e.Id) : default);
        var held = (await app.MemberAsync(eventId, "Held US", "COMSPOC", userId: (await app.CreateUserAsync()).Id),
            await app.MemberAsync(eventId, "Held KR", "MSIT", userId: (await app.CreateUserAsync()).Id));
        var future = (await app.MemberAsync(eventId, "Future US", "UAH"), await app.MemberAsync(eventId, "Future KR", "MSIT"));
        await app.HeldMeetingAsync(eventId, held.Item1.Id, held.Item2.Id, DateTime.UtcNow.AddDays(-1));
        await app.HeldMeetingAsync(eventId, future.Item1.Id, future.Item2.Id, DateTime.UtcNow.AddDays(1));
        // The same two met twice: still one recipient each.
        await app.HeldMeetingAsync(eventId, held.Item1.Id, held.Item2.Id, DateTime.UtcNow.AddDays(-2));

        await using var scope = app.Services.CreateAsyncScope();
        var audiences = scope.ServiceProvider.GetRequiredService<FollowUpAudiences>();
        var participants = await audiences.RecipientsAsync(forumId, FollowUpAudience.MeetingParticipants, eventId, null, CancellationToken.None);
        Assert.Equal(new[] { held.Item1.Email, held.Item2.Email }.Order(), participants.Select(p => p.Email).Order());

        // Initiative parties: members (approved registrations with an account) of organizations in open initiatives only.
        var db = scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Data.AppDbContext>();
        await db.Initiatives.Where(i => i.ForumId == forumId).ExecuteUpdateAsync(u => u.SetProperty(i => i.Stage, InitiativeStage.Dropped));
        Assert.Empty(await audiences.RecipientsAsync(forumId, FollowUpAudience.InitiativeParties, null, null, CancellationToken.None));
        var comspoc = held.Item1.OrganizationId!.Value;
        var msit = held.Item2.OrganizationId!.Value;
        db.Initiatives.Add(new Initiative
        {
            ForumId = forumId, Title = new("Ground station lease", "지상국 임대"), Stage = InitiativeStage.Negotiating, Visibility = InitiativeVisibility.PartiesOnly,
            CreatedAtUtc = DateTime.UtcNow, LastChangedAtUtc = DateTime.UtcNow,
            Parties = [new InitiativeParty { OrganizationId = comspoc }, new InitiativeParty { OrganizationId = msit }],
        });
        await db.SaveChangesAsync();
        var parties = await audiences.RecipientsAsync(forumId, FollowUpAudience.InitiativeParties, null, null, CancellationToken.None);
        Assert.Contains(held.Item1.Email, parties.Select(p => p.Email));
        Assert.Contains(held.Item2.Email, parties.Select(p => p.Email));
        // Future KR is of MSIT too, but has no account: nobody to sign in and update the initiative.
        Assert.DoesNotContain(future.Item2.Email, parties.Select(p => p.Email));
        Assert.DoesNotContain(future.Item1.Email, parties.Select(p => p.Email));
        Assert.Equal(parties.Count, parties.Select(p => p.Email.ToLowerInvariant()).Distinct().Count());
    }
}
