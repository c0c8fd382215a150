namespace SpaceBridge.Web.Features.Statements;

public enum ClauseChange { Unchanged, Changed, Added, Removed }

/// <summary>One clause compared between two versions, in both languages.</summary>
public sealed record ClauseComparison(int Number, ClauseKind Kind, ClauseChange Change, bool Moved,
    IReadOnlyList<DiffSegment> En, IReadOnlyList<DiffSegment> Ko);

/// <summary>
/// Two versions compared clause by clause: clauses are matched by their number (kept across versions), listed in the
/// newer version's order, with removed ones where they stood; the place, date and signatories are compared as a whole.
/// </summary>
public sealed record StatementComparison(IReadOnlyList<ClauseComparison> Clauses, IReadOnlyList<DiffSegment> TitleEn, IReadOnlyList<DiffSegment> TitleKo,
    bool DetailsChanged)
{
    public static StatementComparison Between(StatementContent from, StatementContent to)
    {
        var before = from.Clauses.ToDictionary(c => c.Number);
        var after = to.Clauses.ToDictionary(c => c.Number);
        var oldOrder = from.Clauses.Select(c => c.Number).Where(after.ContainsKey).ToList();
        var newOrder = to.Clauses.Select(c => c.Number).Where(before.ContainsKey).ToList();
        var result = new List<ClauseComparison>();
        foreach (var old in from.Clauses.Where(c => !after.ContainsKey(c.Number)))
        {
            // Removed clauses first is simple and visible; they no longer have a place in the newer order.
            result.Add(new ClauseComparison(old.Number, old.Kind, ClauseChange.Removed, false,
                TextDiff.Words(old.Text.En, null), TextDiff.Words(old.Text.Ko, null)));
        }
        foreach (var clause in to.Clauses)
        {
            if (!before.TryGetValue(clause.Number, out var old))
            {
                result.Add(new ClauseComparison(clause.Number, clause.Kind, ClauseChange.Added, false,
                    TextDiff.Words(null, clause.Text.En), TextDiff.Words(null, clause.Text.Ko)));
                continue;
            }
            var same = old == clause;
            var moved = oldOrder.IndexOf(clause.Number) != newOrder.IndexOf(clause.Number);
            result.Add(new ClauseComparison(clause.Number, clause.Kind, same ? ClauseChange.Unchanged : ClauseChange.Changed, moved,
                TextDiff.Words(old.Text.En, clause.Text.En), TextDiff.Words(old.Text.Ko, clause.Text.Ko)));
        }
        var details = from.Place != to.Place || from.Date != to.Date || !from.Signatories.SequenceEqual(to.Signatories);
        return new StatementComparison(result, TextDiff.Words(from.Title.En, to.Title.En), TextDiff.Words(from.Title.Ko, to.Title.Ko), details);
    }
}
