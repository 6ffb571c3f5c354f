using System.Runtime.CompilerServices;

namespace Framing.Text.Tagging;

/// <summary>
/// Read-only open-addressing hash table from feature key to weight row, for the tagger's hot
/// loop: linear probing in one array of (key, row) pairs, at most half full. A lookup usually
/// touches one cache line: the table is too big for the cache, and keeping keys and rows in
/// separate arrays cost a second miss per lookup.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    public FeatureTable(Dictionary<ulong, int> rows)
    {
        var size = 16;
        while (size < rows.Count * 2)
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        foreach (var (key, row) in rows)
        {
            var slot = SlotOf(key);
            while (_slots[slot].Row != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, row + 1);
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slot = SlotOf(key);
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Row == 0 || entry.Key == key)
            {
                return entry.Row - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // Keys are already well-mixed hashes; the high bits pick the slot.
    private int SlotOf(ulong key) => (int)(key >> 20) & _mask;

    /// <summary>A key and its row plus one (0 marks an empty slot, so a new array is an empty table).</summary>
    private readonly record struct Slot(ulong Key, int Row);
}
