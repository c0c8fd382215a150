namespace SpaceBridge.Web.Infrastructure.Errors;

public static class ErrorHandling
{
    /// <summary>
    /// ProblemDetails for the API: an exception handler for domain and binding errors, and a writer that always
    /// answers /api requests with application/problem+json.
    /// </summary>
    public static IServiceCollection AddApiErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // The problem details service asks its writers in registration order; ours must come before the default one.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, ApiProblemDetailsWriter>());
        // Unparsable parameters (e.g. ?page=abc) throw in every environment, so the handler can name the parameter
        // instead of the framework answering an empty 400 outside Development.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>
    /// The exception handler middleware, which runs <see cref="ApiExceptionHandler"/>: for every request outside
    /// Development; in Development for /api requests only, because the developer exception page (which pages keep
    /// there) does not ask IExceptionHandlers, and API clients must get the same answers as in production.
    /// </summary>
    public static WebApplication UseApiExceptionHandler(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseWhen(context => ApiPaths.IsApi(context.Request), api => api.UseExceptionHandler());
        }
        else
        {
            app.UseExceptionHandler();
        }
        return app;
    }
}
