using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>
/// One way every API request is checked before any handler logic runs:
/// <list type="bullet">
/// <item>JSON bodies: enums only as defined names (no numbers), required members present (<c>[JsonRequired]</c>),
/// unknown members refused where a model says so (<c>[JsonUnmappedMemberHandling(Disallow)]</c>); a body that is not
/// JSON is a 415, null for a required body a 400;</item>
/// <item>DataAnnotations on request models and parameters (<c>[Required]</c>, <c>[Range]</c>, <see cref="DistinctItemsAttribute"/>
/// for lists without nulls or repeats), by the framework's minimal-API validation (<c>AddValidation</c>);</item>
/// <item>enum parameters from the query string: defined names only (<see cref="DefinedEnumArguments"/>);</item>
/// <item>text anywhere in the request's values: no control characters (<see cref="PlainText.Arguments"/>).</item>
/// </list>
/// Every failure is a 400 (or 415) ProblemDetails naming the field.
/// </summary>
public static class RequestValidation
{
    public static IServiceCollection AddRequestValidation(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        });
        services.AddValidation();
        return services;
    }

    /// <summary>Refuses enum query and route parameters given as numbers or as values the enum does not define.</summary>
    public static EndpointFilterDelegate DefinedEnumArguments(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var enums = factory.MethodInfo.GetParameters()
            .Select((parameter, index) => (Parameter: parameter, Index: index, Type: Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType))
            .Where(p => p.Type.IsEnum && p.Parameter.GetCustomAttribute<FromBodyAttribute>() is null)
            .ToArray();
        if (enums.Length == 0)
        {
            return next;
        }
        return context =>
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (parameter, index, type) in enums)
            {
                var name = parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.Name!;
                var given = context.HttpContext.Request.Query[name].ToString();
                var value = context.Arguments[index];
                if ((given.Length > 0 && !IsName(given)) || (value is not null && !Enum.IsDefined(type, value)))
                {
                    errors[name] = [$"{name} must be one of {string.Join(", ", Enum.GetNames(type))}; got '{given}'."];
                }
            }
            return errors.Count == 0
                ? next(context)
                : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors, title: "The request's parameters are not valid.",
                    detail: $"Invalid parameter(s): {string.Join(", ", errors.Keys)}."));
        };
    }

    private static bool IsName(string text) => text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_')
        && !long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    /// <summary>The reason a JSON body was refused, as System.Text.Json gives it (with the path of the offending member).</summary>
    public static string? JsonReason(Exception exception) =>
        exception.InnerException is JsonException json ? json.Message : null;
}
