using Microsoft.EntityFrameworkCore;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>Validated paging of a list endpoint: page &gt;= 1, pageSize 1..100 (default 20).</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static PageRequest From(int? page, int? pageSize, QueryErrors errors)
    {
        if (page is < 1)
        {
            errors.Add("page", $"page must be 1 or more; got {page}.");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"pageSize must be between 1 and {MaxPageSize}; got {pageSize}.");
        }
        return new PageRequest(page ?? 1, pageSize ?? DefaultPageSize);
    }

    /// <summary>Counts, then fetches only the requested slice; past the end gives an empty page, never an error.</summary>
    public async Task<PagedList<TDto>> ToPageAsync<TEntity, TDto>(IQueryable<TEntity> ordered, Func<TEntity, TDto> toDto, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        // Computed in long: page * pageSize can exceed int for huge page numbers.
        var skip = (long)(Page - 1) * PageSize;
        var items = skip >= total
            ? []
            : await ordered.Skip((int)skip).Take(PageSize).ToListAsync(cancellationToken);
        return new PagedList<TDto>([.. items.Select(toDto)], Page, PageSize, total);
    }
}
