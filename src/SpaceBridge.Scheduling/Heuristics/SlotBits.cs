using System.Numerics;

namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>Bit operations on per-slot masks stored as runs of <see cref="ulong"/> words.</summary>
internal static class SlotBits
{
    public static int Words(int slotCount) => (slotCount + 63) >> 6;

    public static bool Get(ulong[] bits, int offset, int slot) => (bits[offset + (slot >> 6)] & (1UL << (slot & 63))) != 0;

    public static void Set(ulong[] bits, int offset, int slot) => bits[offset + (slot >> 6)] |= 1UL << (slot & 63);

    public static void Clear(ulong[] bits, int offset, int slot) => bits[offset + (slot >> 6)] &= ~(1UL << (slot & 63));

    /// <summary>Bits [first, first+count) as one word; count is at most 64.</summary>
    public static ulong Extract(ulong[] bits, int offset, int words, int first, int count)
    {
        int w = first >> 6, b = first & 63;
        ulong v = bits[offset + w] >> b;
        if (b != 0 && b + count > 64 && w + 1 < words)
            v |= bits[offset + w + 1] << (64 - b);
        return count < 64 ? v & ((1UL << count) - 1) : v;
    }

    /// <summary>Idle runs between busy slots: the number of runs of ones minus one.</summary>
    public static int Gaps(ulong busy)
    {
        if (busy == 0)
            return 0;
        busy >>= BitOperations.TrailingZeroCount(busy);
        return BitOperations.PopCount(busy & ~(busy >> 1)) - 1;
    }

    public static int Count(ReadOnlySpan<ulong> mask)
    {
        var n = 0;
        foreach (var w in mask)
            n += BitOperations.PopCount(w);
        return n;
    }

    /// <summary>The index of the k-th set bit (0-based), or -1.</summary>
    public static int NthSet(ReadOnlySpan<ulong> mask, int k)
    {
        for (var w = 0; w < mask.Length; w++)
        {
            var word = mask[w];
            var c = BitOperations.PopCount(word);
            if (k >= c)
            {
                k -= c;
                continue;
            }
            for (; k > 0; k--)
                word &= word - 1;
            return (w << 6) + BitOperations.TrailingZeroCount(word);
        }
        return -1;
    }
}
