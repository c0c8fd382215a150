namespace SpaceBridge.Scheduling.Bounds;

/// <summary>
/// Proven bounds for an instance: no schedule places more weight than <see cref="WeightUpperBound"/>;
/// no schedule of the counted meetings has fewer breaks than <see cref="BreaksLowerBound"/>.
/// </summary>
public sealed record ScheduleBounds(long WeightUpperBound, string WeightBoundSource, int BreaksLowerBound);
