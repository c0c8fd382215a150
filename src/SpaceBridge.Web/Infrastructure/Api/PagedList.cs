namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>One page of a list endpoint's results.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);
