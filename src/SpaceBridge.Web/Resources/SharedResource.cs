namespace SpaceBridge.Web;

/// <summary>Marker for the shared UI strings in Resources/SharedResource(.ko).resx.</summary>
public sealed class SharedResource;
