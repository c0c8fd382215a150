namespace SpaceBridge.Web.Features.Shared.Forms;

/// <summary>
/// Marks a form field as one people must fill in, where the rule itself is checked by a domain service (so no
/// validator runs for it here): its label says "required" and the field carries aria-required.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredInFormAttribute : Attribute;
