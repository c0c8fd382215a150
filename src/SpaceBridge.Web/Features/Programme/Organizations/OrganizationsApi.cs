using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Organizations;

public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organizations");
        group.MapGet("/", ListOrganizations).WithName("ListOrganizations")
            .WithSummary("Lists approved organizations, optionally of one country (ISO 3166-1 alpha-2) or whose English or Korean name or acronym contains search.");
        group.MapGet("/{id:int}", GetOrganization).WithName("GetOrganization")
            .WithSummary("Gets an organization with its people.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<PagedList<OrganizationSummary>>, ValidationProblem>> ListOrganizations(
        int? page, int? pageSize, string? country, string? search, AppDbContext db, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var countryCode = CountryFilter.Parse(country, errors);
        var term = search?.Trim().ToLowerInvariant();
        if (term?.Length > 100)
        {
            errors.Add("search", "search is at most 100 characters.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var query = db.Organizations.AsNoTracking().Where(o => o.Status == OrganizationStatus.Approved);
        if (!string.IsNullOrEmpty(term))
        {
            query = query.Where(o => (o.Name.En != null && o.Name.En.ToLower().Contains(term))
                || (o.Name.Ko != null && o.Name.Ko.Contains(term)) || (o.Acronym != null && o.Acronym.ToLower().Contains(term)));
        }
        if (countryCode is not null)
        {
            query = query.Where(o => o.CountryCode == countryCode);
        }
        return TypedResults.Ok(await paging.ToPageAsync(query.OrderBy(o => o.Id), o => o.ToSummary(), cancellationToken));
    }

    private static async Task<Results<Ok<OrganizationDetail>, ProblemHttpResult>> GetOrganization(
        int id, HttpResponse response, AppDbContext db, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Include(o => o.Country)
            .Include(o => o.People)
            .FirstOrDefaultAsync(o => o.Id == id && o.Status == OrganizationStatus.Approved, cancellationToken);
        if (organization is null)
        {
            return ApiProblems.NotFound("organization", id);
        }
        EntityTags.Set(response, organization.Version);
        return TypedResults.Ok(organization.ToDetail());
    }
}
