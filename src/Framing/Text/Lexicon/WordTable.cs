namespace Framing.Text.Lexicon;

/// <summary>
/// A compact read-only set of words with their traits: all characters in one array, an offset
/// per word and an open-addressing hash table of word indices. Four arrays instead of hundreds of
/// thousands of strings and dictionary entries, so loading allocates little and the garbage
/// collector has almost nothing to trace while the tagger runs.
/// </summary>
internal sealed class WordTable
{
    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly LexicalTraits[] _traits;
    private readonly int[] _slots;
    private readonly int _mask;

    /// <summary>Builds the table from words in ascending ordinal order, without duplicates.</summary>
    public WordTable(IReadOnlyList<(string Word, LexicalTraits Traits)> sorted)
    {
        var count = sorted.Count;
        _starts = new int[count + 1];
        _traits = new LexicalTraits[count];
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            length += sorted[i].Word.Length;
        }

        _chars = new char[length];
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            var (word, traits) = sorted[i];
            if (i > 0 && string.CompareOrdinal(sorted[i - 1].Word, word) >= 0)
            {
                throw new ArgumentException($"Words must be in ascending ordinal order without duplicates ('{sorted[i - 1].Word}' before '{word}').", nameof(sorted));
            }

            _starts[i] = position;
            word.CopyTo(_chars.AsSpan(position));
            position += word.Length;
            _traits[i] = traits;
        }

        _starts[count] = position;
        var size = 16;
        while (size < count * 2)
        {
            size *= 2;
        }

        _slots = new int[size];
        _mask = size - 1;
        for (var i = 0; i < count; i++)
        {
            var slot = (int)Hash(WordAt(i)) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = i + 1;
        }
    }

    /// <summary>Number of words.</summary>
    public int Count => _traits.Length;

    /// <summary>The <paramref name="index"/>-th word in ordinal order.</summary>
    public ReadOnlySpan<char> WordAt(int index) => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>The traits of the <paramref name="index"/>-th word.</summary>
    public LexicalTraits TraitsAt(int index) => _traits[index];

    /// <summary>The traits of <paramref name="word"/>, or <see cref="LexicalTraits.None"/>.</summary>
    public LexicalTraits Find(ReadOnlySpan<char> word)
    {
        var slot = (int)Hash(word) & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return LexicalTraits.None;
            }

            if (WordAt(entry - 1).SequenceEqual(word))
            {
                return _traits[entry - 1];
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units, finished with a multiply-shift mix.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash ^ (hash >> 15)) * 0x2C1B3C6Du;
    }
}
