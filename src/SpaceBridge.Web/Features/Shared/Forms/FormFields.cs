using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SpaceBridge.Web.Features.Shared.Forms;

/// <summary>
/// How a field, its message and the page's error summary find each other: all three derive their ids from the field's
/// model-state key ("Input.Email" is the field "Input_Email", its message "Input_Email-error").
/// </summary>
public static class FormFields
{
    public static string Id(string key) => TagBuilder.CreateSanitizedId(key, "_");

    public static string MessageId(string key) => $"{Id(key)}-error";

    /// <summary>The key of an asp-for expression, with the prefix of a partial rendered for a sub-model.</summary>
    public static string Key(ViewContext viewContext, ModelExpression field) =>
        viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);

    public static IReadOnlyList<string> Errors(ViewContext viewContext, string key) =>
        viewContext.ViewData.ModelState.TryGetValue(key, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList()
            : [];

    /// <summary>A field people must fill in: [Required], or [RequiredInForm] where a domain service checks the rule.</summary>
    public static bool IsRequired(ModelExpression field) =>
        field.Metadata is DefaultModelMetadata { Attributes.PropertyAttributes: { } attributes }
        && attributes.Any(a => a is RequiredAttribute or RequiredInFormAttribute);
}
