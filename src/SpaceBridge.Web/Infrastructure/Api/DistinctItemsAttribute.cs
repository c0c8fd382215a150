using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>
/// A list in a request: no null entries, and no two entries with the same key (the property named by
/// <see cref="Key"/>, or the whole entry). Checked by the request validation before any handler runs.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class DistinctItemsAttribute : ValidationAttribute
{
    /// <summary>The property of an entry that must be unique, e.g. "RegistrationId"; null compares whole entries.</summary>
    public string? Key { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not IEnumerable items || value is string)
        {
            return ValidationResult.Success;
        }
        var seen = new HashSet<object>();
        var index = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                return Fail(validationContext, $"Entry {index} is null; every entry must be given.");
            }
            var key = Key is null ? item : item.GetType().GetProperty(Key)?.GetValue(item) ?? item;
            if (!seen.Add(key))
            {
                return Fail(validationContext, $"Entry {index} repeats {(Key is null ? "an earlier entry" : $"{Key} {key}")}; list each once.");
            }
            index++;
        }
        return ValidationResult.Success;
    }

    private static ValidationResult Fail(ValidationContext context, string message) =>
        new(message, context.MemberName is { } member ? [member] : null);
}
