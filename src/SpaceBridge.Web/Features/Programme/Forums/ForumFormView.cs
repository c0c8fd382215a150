using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>What the forum form's fields need: the form and the organizations that can co-host.</summary>
public sealed record ForumFormView(ForumForm Input, IReadOnlyList<Organization> Organizations);
