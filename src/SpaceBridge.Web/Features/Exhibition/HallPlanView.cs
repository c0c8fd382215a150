using System.Globalization;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>What the hall-plan SVG draws: the hall, its booths with their labels, and an optional draft booth (the editor's preview).</summary>
public sealed record HallPlanView(string Id, int Width, int Height, IReadOnlyList<HallPlanView.BoothShape> Booths, string Title, string Description)
{
    public sealed record BoothShape(int Id, string Code, int X, int Y, int Width, int Height, string Label, int? ExhibitorId, bool Draft = false);

    /// <summary>Booth labels scale with the hall, so they stay readable on a 20 m hall and on a 200 m one.</summary>
    public string FontSize => Math.Max(0.6, Math.Min(Width, Height) / 20.0).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
