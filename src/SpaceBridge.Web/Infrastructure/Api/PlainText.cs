using System.Collections;
using System.Reflection;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>
/// Text people send is plain text: no NUL or other control characters (tab and line breaks excepted). They have no
/// meaning in names or messages, break exports and terminals, and PostgreSQL refuses NUL in text columns.
/// </summary>
public static class PlainText
{
    public const string Problem = "Text may not contain control characters such as NUL (only tab and line breaks).";

    public static bool HasControlCharacters(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Refuses a request whose route, query or body values hold control characters: every string argument of the
    /// handler, and every string inside a request model (this app's own types that are not services), lists included.
    /// </summary>
    public static EndpointFilterDelegate Arguments(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var services = factory.ApplicationServices.GetService<IServiceProviderIsService>();
        var checkedArguments = factory.MethodInfo.GetParameters()
            .Select((parameter, index) => (Parameter: parameter, Index: index))
            .Where(p => IsRequestValue(p.Parameter.ParameterType) && services?.IsService(p.Parameter.ParameterType) != true)
            .ToArray();
        if (checkedArguments.Length == 0)
        {
            return next;
        }
        return context =>
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (parameter, index) in checkedArguments)
            {
                if (FirstControlCharacterPath(context.Arguments[index], parameter.Name!, depth: 0) is { } path)
                {
                    errors[path] = [Problem];
                }
            }
            return errors.Count == 0
                ? next(context)
                : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors, title: "The request's values are not valid.",
                    detail: $"Invalid value(s): {string.Join(", ", errors.Keys)}."));
        };
    }

    /// <summary>Strings, this app's model types, and lists of either.</summary>
    private static bool IsRequestValue(Type type) =>
        type == typeof(string) || IsModel(type) || (type.IsArray && IsRequestValue(type.GetElementType()!))
        || (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments().All(IsRequestValue));

    private static bool IsModel(Type type) =>
        type.IsClass && !type.IsAbstract && type.Namespace?.StartsWith("SpaceBridge.", StringComparison.Ordinal) == true;

    private static string? FirstControlCharacterPath(object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return HasControlCharacters(text) ? path : null;
            case IEnumerable items when depth < 8:
                var i = 0;
                foreach (var item in items)
                {
                    if (FirstControlCharacterPath(item, $"{path}[{i++}]", depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case var model when depth < 8 && IsModel(model.GetType()):
                foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0 && IsRequestValue(property.PropertyType)
                        && FirstControlCharacterPath(property.GetValue(model), $"{path}.{property.Name}", depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }
}
