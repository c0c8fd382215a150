using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.News;

/// <summary>What the caller may read: published items for everyone, drafts too for organizers of the forum.</summary>
public static class NewsReader
{
    public static async Task<bool> IsOrganizerAsync(ForumAccess access, ClaimsPrincipal user, int forumId) =>
        user.Identity?.IsAuthenticated == true && await access.IsOrganizerAsync(user, forumId);

    public static IQueryable<NewsItem> Visible(AppDbContext db, int forumId, bool drafts) =>
        db.Set<NewsItem>().AsNoTracking().Where(n => n.ForumId == forumId && (drafts || n.Status == NewsStatus.Published));
}
