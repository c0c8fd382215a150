using DiffPlex;
using DiffPlex.Chunkers;

namespace SpaceBridge.Web.Features.Statements;

public enum DiffKind { Same, Inserted, Deleted }

public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>A word-level difference between two texts (DiffPlex, words and punctuation as units).</summary>
public static class TextDiff
{
    public static IReadOnlyList<DiffSegment> Words(string? before, string? after)
    {
        before ??= "";
        after ??= "";
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, chunker: new WordChunker());
        var segments = new List<DiffSegment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                Add(segments, DiffKind.Same, result.PiecesOld[a]);
            }
            for (var i = 0; i < block.DeleteCountA; i++)
            {
                Add(segments, DiffKind.Deleted, result.PiecesOld[block.DeleteStartA + i]);
            }
            for (var i = 0; i < block.InsertCountB; i++)
            {
                Add(segments, DiffKind.Inserted, result.PiecesNew[block.InsertStartB + i]);
            }
            a = block.DeleteStartA + block.DeleteCountA;
        }
        for (; a < result.PiecesOld.Count; a++)
        {
            Add(segments, DiffKind.Same, result.PiecesOld[a]);
        }
        return segments;
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, string text)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
