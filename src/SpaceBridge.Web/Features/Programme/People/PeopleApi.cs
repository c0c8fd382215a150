using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.People;

public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People");
        group.MapGet("/", ListPeople).WithName("ListPeople")
            .WithSummary("Lists people, optionally those of one country's organizations (ISO 3166-1 alpha-2).");
        group.MapGet("/{id:int}", GetPerson).WithName("GetPerson")
            .WithSummary("Gets a person with the sessions they take part in.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<PagedList<PersonSummary>>, ValidationProblem>> ListPeople(
        int? page, int? pageSize, string? country, AppDbContext db, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var countryCode = CountryFilter.Parse(country, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var query = db.People.AsNoTracking().Include(p => p.Organization).AsQueryable();
        if (countryCode is not null)
        {
            query = query.Where(p => p.Organization != null && p.Organization.CountryCode == countryCode);
        }
        return TypedResults.Ok(await paging.ToPageAsync(query.OrderBy(p => p.Id), p => p.ToSummary(), cancellationToken));
    }

    private static async Task<Results<Ok<PersonDetail>, ProblemHttpResult>> GetPerson(
        int id, HttpContext http, AppDbContext db, DraftVisibility visibility, CancellationToken cancellationToken)
    {
        var drafts = await visibility.ForumsAsync(http.User, cancellationToken);
        var person = await db.People.AsNoTracking()
            .Include(p => p.Organization)
            .Include(p => p.Sessions.Where(s => (s.Session.Published && s.Session.Event.Published) || drafts.Contains(s.Session.Event.ForumId)))
                .ThenInclude(s => s.Session).ThenInclude(s => s.Event)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return ApiProblems.NotFound("person", id);
        }
        EntityTags.Set(http.Response, person.Version);
        return TypedResults.Ok(person.ToDetail());
    }
}
