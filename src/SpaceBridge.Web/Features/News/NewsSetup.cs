namespace SpaceBridge.Web.Features.News;

public static class NewsSetup
{
    public static IServiceCollection AddNews(this IServiceCollection services)
    {
        services.AddScoped<NewsDesk>();
        return services;
    }
}
