using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Framing.Text.Tagging;

/// <summary>Score-vector arithmetic shared by the tagger's two passes: one row is <see cref="TagSet.Count"/> floats.</summary>
internal static class ScoreRows
{
    private const int C = TagSet.Count;

    /// <summary>target += row, for one row of <see cref="TagSet.Count"/> (17) weights: two 8-wide vectors and one scalar.</summary>
    public static void Add(Span<float> target, ReadOnlySpan<float> row)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var t = ref MemoryMarshal.GetReference(target);
            ref var r = ref MemoryMarshal.GetReference(row);
            (Vector256.LoadUnsafe(ref t) + Vector256.LoadUnsafe(ref r)).StoreUnsafe(ref t);
            (Vector256.LoadUnsafe(ref t, 8) + Vector256.LoadUnsafe(ref r, 8)).StoreUnsafe(ref t, 8);
            target[16] += row[16];
            return;
        }

        for (var c = 0; c < C; c++)
        {
            target[c] += row[c];
        }
    }

    /// <summary>Index of the highest score; a tie goes to the lower index, so results are deterministic.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < C; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }
}
