using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Opportunities;

/// <summary>A signed-in delegate of a demo organization: the seeded approved registration given to a new account.</summary>
public sealed record DemoDelegate(HttpClient Client, int OrganizationId, int ForumId);

public static class OpportunitiesApp
{
    public static async Task<DemoDelegate> DelegateOfAsync(this MatchmakingDemoFactory factory, string orgKey)
    {
        var user = await factory.CreateUserAsync();
        var (organizationId, forumId) = await factory.WithDbAsync(async db =>
        {
            var r = await db.Registrations.Include(x => x.Event).SingleAsync(x => x.Email == $"delegate@{orgKey}.example");
            r.UserId = user.Id;
            r.Version++;
            await db.SaveChangesAsync();
            return (r.OrganizationId!.Value, r.Event.ForumId);
        });
        return new DemoDelegate(await factory.SignInAsync(user), organizationId, forumId);
    }

    public static Task<int> ForumIdAsync(this MatchmakingDemoFactory factory) =>
        factory.WithDbAsync(db => db.Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync());
}
