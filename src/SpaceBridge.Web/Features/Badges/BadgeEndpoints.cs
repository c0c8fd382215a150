using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Badges;

/// <summary>Badge downloads: one's own badge, and the whole event's badges for organizers.</summary>
public static class BadgeEndpoints
{
    public static IEndpointRouteBuilder MapBadgeEndpoints(this IEndpointRouteBuilder app)
    {
        // Downloads linked from pages, outside API v1, so not in its OpenAPI description.
        app.MapGet("/registrations/{id:int}/badge.pdf", OwnBadge).RequireAuthorization().ExcludeFromDescription()
            .WithName("DownloadBadge").WithSummary("The badge of an approved registration as PDF.")
            .ProducesFile(BadgePdf.ContentType).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/organizer/events/{eventId:int}/badges.pdf", EventBadges).RequireAuthorization(Policies.ForumOrganizer).ExcludeFromDescription()
            .WithName("DownloadEventBadges").WithSummary("The badges of all approved participants of an event as one PDF.")
            .ProducesFile(BadgePdf.ContentType).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>
    /// The badge of an approved registration, for its holder, whoever submitted it (a head of delegation) and
    /// the event's organizers. Anyone else gets 404, as if it did not exist.
    /// </summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> OwnBadge(
        int id, ClaimsPrincipal user, AppDbContext db, ForumAccess access, BadgeBook book, BadgePdf pdf, ILoggerFactory logs, CancellationToken ct)
    {
        var userId = ForumAccess.UserId(user);
        var registration = await db.Registrations.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.UserId, r.SubmittedByUserId, r.EventId, r.Status }).FirstOrDefaultAsync(ct);
        if (registration is null
            || (registration.UserId != userId && registration.SubmittedByUserId != userId && !await access.IsEventOrganizerAsync(user, registration.EventId)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such registration.");
        }
        if (registration.Status != RegistrationStatus.Approved)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "No badge yet",
                detail: $"Badges are issued for approved registrations; this one is {registration.Status}.");
        }
        var card = await book.ForRegistrationAsync(id, ct);
        return Render(pdf, [card!], $"badge-{id}.pdf", $"Badge – {card!.RomanizedName}", logs);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> EventBadges(
        int eventId, AppDbContext db, BadgeBook book, BadgePdf pdf, ILoggerFactory logs, CancellationToken ct)
    {
        var slug = await db.Events.Where(e => e.Id == eventId).Select(e => e.Slug).FirstOrDefaultAsync(ct);
        if (slug is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such event.");
        }
        var cards = await book.ForEventAsync(eventId, ct);
        if (cards.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No badges to print",
                detail: "The event has no approved participants yet.");
        }
        return Render(pdf, cards, $"{slug}-badges.pdf", $"Badges – {slug}", logs);
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Render(
        BadgePdf pdf, IReadOnlyList<BadgeCard> cards, string fileName, string title, ILoggerFactory logs)
    {
        try
        {
            return TypedResults.File(pdf.Render(cards, title), BadgePdf.ContentType, fileName);
        }
        catch (BadgeFontMissingException ex)
        {
            logs.CreateLogger(typeof(BadgeEndpoints)).LogError(ex, "Badge font missing at {Path}", ex.Path);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Badge printing is not set up", detail: ex.Message);
        }
    }
}
