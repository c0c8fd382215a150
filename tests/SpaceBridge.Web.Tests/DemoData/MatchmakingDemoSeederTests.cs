using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.DemoData;

public sealed class MatchmakingDemoSeederTests(MatchmakingDemoFactory factory) : IClassFixture<MatchmakingDemoFactory>
{
    [Fact]
    public async Task The_demo_has_forty_fictional_organizations_from_five_countries_each_with_a_profile_opportunities_and_an_approved_delegate()
    {
        var profiles = await factory.WithDbAsync(db => db.OrganizationProfiles.Include(p => p.Organization).ToListAsync());
        Assert.Equal(40, profiles.Count);
        Assert.All(profiles, p =>
        {
            Assert.EndsWith("(fictional)", p.Organization.Name.En);
            Assert.EndsWith("(가상)", p.Organization.Name.Ko);
            Assert.Contains("invented", p.Description.En);
            Assert.Contains("가상", p.Description.Ko);
            Assert.NotEmpty(p.Capabilities);
            Assert.NotEmpty(p.Needs);
        });
        Assert.Equal(["KR", "MX", "MY", "TH", "US"], profiles.Select(p => p.Organization.CountryCode).Distinct().Order());
        Assert.Contains(profiles, p => p.InvolvesUsExportControlledItems);
        Assert.Contains(profiles, p => p.InvolvesKoreanStrategicItems);

        var orgIds = profiles.Select(p => p.OrganizationId).ToList();
        var opportunities = await factory.WithDbAsync(db => db.Opportunities.Where(o => orgIds.Contains(o.OrganizationId)).ToListAsync());
        Assert.All(orgIds, id => Assert.InRange(opportunities.Count(o => o.OrganizationId == id), 1, 3));
        Assert.Contains(opportunities, o => o.Direction == OpportunityDirection.Request);

        var day1 = await factory.WithDbAsync(db => db.Events.SingleAsync(e => e.Slug == DemoForumSeeder.Day1Slug));
        var delegates = await factory.WithDbAsync(db => db.Registrations
            .Where(r => r.EventId == day1.Id && r.OrganizationId != null && orgIds.Contains(r.OrganizationId.Value)).ToListAsync());
        Assert.Equal(40, delegates.Count);
        Assert.All(delegates, r => Assert.Equal(RegistrationStatus.Approved, r.Status));
        Assert.Equal(40, delegates.Select(r => r.BadgeToken).Distinct().Count());
    }

    [Fact]
    public async Task The_demo_symposium_has_settings_tables_booths_and_pending_and_accepted_requests_between_countries()
    {
        var day1 = await factory.WithDbAsync(db => db.Events.SingleAsync(e => e.Slug == DemoForumSeeder.Day1Slug));
        var settings = await factory.WithDbAsync(db => db.MatchmakingSettings.SingleAsync(s => s.EventId == day1.Id));
        Assert.Equal(20, settings.SlotMinutes);
        Assert.Equal(new MeetingBlock(new DateOnly(2023, 11, 8), new TimeOnly(13, 30), new TimeOnly(16, 30)), Assert.Single(settings.Blocks));

        // 13:30 to 16:30 in 20-minute slots.
        Assert.Equal(9, await factory.WithDbAsync(db => db.MeetingSlots.CountAsync(s => s.EventId == day1.Id)));

        var locations = await factory.WithDbAsync(db => db.MeetingLocations.Include(l => l.Organization).Where(l => l.EventId == day1.Id).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"T{n}").Order(),
            locations.Where(l => l.Kind == MeetingLocationKind.Table).Select(l => l.Name).Order());
        Assert.All(locations.Where(l => l.Kind == MeetingLocationKind.Booth), l => Assert.EndsWith("(fictional)", l.Organization!.Name.En));

        var requests = await factory.WithDbAsync(db => db.MeetingRequests.Include(r => r.From).Include(r => r.To).Where(r => r.EventId == day1.Id).ToListAsync());
        Assert.Contains(requests, r => r.Status == MeetingRequestStatus.Pending);
        Assert.Contains(requests, r => r.Status == MeetingRequestStatus.Accepted);
        Assert.All(requests, r => Assert.NotEqual(r.From.CountryCode, r.To.CountryCode));
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var before = await factory.WithDbAsync(db => db.Organizations.CountAsync());
        var seeded = await factory.WithDbAsync(db => MatchmakingDemoSeeder.SeedAsync(db, DateTime.UtcNow));
        Assert.False(seeded);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Organizations.CountAsync()));
    }
}
