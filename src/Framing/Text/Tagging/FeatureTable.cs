using System.Runtime.CompilerServices;

namespace Framing.Text.Tagging;

/// <summary>
/// Read-only open-addressing hash table from feature key to weight row, for the tagger's hot
/// loop: one array probe (keys and rows side by side, linear probing, at most half full) instead
/// of <see cref="Dictionary{TKey, TValue}"/>'s bucket-then-entry indirection.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(Dictionary<ulong, int> rows)
    {
        var size = 16;
        while (size < rows.Count * 2)
        {
            size *= 2;
        }

        _keys = new ulong[size];
        _rows = new int[size];
        Array.Fill(_rows, -1);
        _mask = size - 1;
        foreach (var (key, row) in rows)
        {
            var slot = Slot(key);
            while (_rows[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slot = Slot(key);
        while (true)
        {
            var row = _rows[slot];
            if (row < 0 || _keys[slot] == key)
            {
                return row;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // Keys are already well-mixed hashes; the high bits pick the slot.
    private int Slot(ulong key) => (int)(key >> 20) & _mask;
}
