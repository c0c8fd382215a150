using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>What publishing a proposal changes against the published schedule: meetings added, dropped and moved.</summary>
public sealed record ScheduleDiff(List<ProposedMeeting> Added, List<ProposedMeeting> Dropped, List<MovedMeeting> Moved)
{
    /// <summary>Publishing would take a published meeting away from its slot or table (or altogether).</summary>
    public bool LosesMeetings => Dropped.Count > 0 || Moved.Count > 0;

    public bool IsEmpty => Added.Count == 0 && !LosesMeetings;

    public static ScheduleDiff Between(IReadOnlyCollection<ProposedMeeting> published, IReadOnlyCollection<ProposedMeeting> proposal)
    {
        var before = published.GroupBy(m => m.RequestId).ToDictionary(g => g.Key, g => g.First());
        var after = proposal.GroupBy(m => m.RequestId).ToDictionary(g => g.Key, g => g.First());
        return new ScheduleDiff(
            [.. proposal.Where(m => !before.ContainsKey(m.RequestId))],
            [.. published.Where(m => !after.ContainsKey(m.RequestId))],
            [.. before.Values.Where(m => after.TryGetValue(m.RequestId, out var now) && now != m)
                .Select(m => new MovedMeeting(m.RequestId, m.SlotId, m.LocationId, after[m.RequestId].SlotId, after[m.RequestId].LocationId))]);
    }

    public string Describe() => $"it adds {Added.Count}, drops {Dropped.Count} and moves {Moved.Count} meetings";
}

public sealed record MovedMeeting(int RequestId, int FromSlotId, int FromLocationId, int ToSlotId, int ToLocationId);

/// <summary>
/// Publishing a run older than the run whose schedule is published would drop or move meetings the newer run placed;
/// it goes ahead only when confirmed.
/// </summary>
public sealed class PublishNeedsConfirmationException(int runId, int publishedRunId, ScheduleDiff diff)
    : Exception($"Run {runId} is older than run {publishedRunId}, whose schedule is published: {diff.Describe()}. "
        + "Nothing was saved; confirm to publish it anyway."), IDomainRefusal
{
    public int PublishedRunId { get; } = publishedRunId;
    public ScheduleDiff Diff { get; } = diff;

    int IDomainRefusal.StatusCode => StatusCodes.Status409Conflict;
    string IDomainRefusal.Title => "Confirmation needed";
    string IDomainRefusal.Detail => Message + " Send it again with ?confirm=true.";
    IReadOnlyDictionary<string, object?> IDomainRefusal.Extensions => new Dictionary<string, object?>
    {
        ["publishedRunId"] = PublishedRunId,
        ["added"] = Diff.Added,
        ["dropped"] = Diff.Dropped,
        ["moved"] = Diff.Moved,
    };
}
